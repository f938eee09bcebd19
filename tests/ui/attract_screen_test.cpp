// The family attract screen, driven through the real app glue and the headless harness.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>

#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/support/test_store.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::FamilyStep;
using kiosk::app::KioskApp;
using kiosk::app::VenueInfo;
using kiosk::core::FixedClock;
using kiosk::core::local_to_utc;
using kiosk::testing::UiHarness;

namespace {

// 1 July 2026, 09:05 UTC: 10:05 in London (summer time), so a clock that forgot the venue's
// zone would show 09:05.
FixedClock summer_morning() { return FixedClock{local_to_utc("2026-07-01", 9, 5, "UTC")}; }

const VenueInfo kVenue{"Riverside Family Contact Centre", "Europe/London"};

// The attract screen needs no data, but the app always has a database behind it.
struct EmptyLobby {
    kiosk::testing::TestStore store;
};

// The lobby terminal on that database.
kiosk::app::ComposedApp lobby_app(UiHarness& h, EmptyLobby& lobby, const FixedClock& clock, const std::string& language = "en") {
    return {h.ui(), {lobby.store.db, clock, kVenue, kiosk::app::Face::Family, language}};
}

}  // namespace

TEST_CASE("the attract screen shows the venue name and the venue-local time") {
    UiHarness h;
    FixedClock clock = summer_morning();
    EmptyLobby lobby;
    auto composed = lobby_app(h, lobby, clock);
    KioskApp& app = composed.app();
    auto draw = [&] { app.draw_frame(); };

    const std::string text = h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Riverside Family Contact Centre"));
    CHECK_THAT(text, ContainsSubstring("10:05"));
    CHECK_THAT(text, !ContainsSubstring("09:05"));
    CHECK_THAT(text, ContainsSubstring("Tap to check in"));
}

TEST_CASE("the attract clock follows the clock it is given") {
    UiHarness h;
    FixedClock clock = summer_morning();
    h.attach_clock(clock);
    EmptyLobby lobby;
    auto composed = lobby_app(h, lobby, clock);
    KioskApp& app = composed.app();
    auto draw = [&] { app.draw_frame(); };

    h.advance(60.0);
    CHECK_THAT(h.screen_text(draw), ContainsSubstring("10:06"));
    h.advance(3600.0 * 5);
    CHECK_THAT(h.screen_text(draw), ContainsSubstring("15:06"));
}

TEST_CASE("tapping check in moves to the visit code step, and start again comes back") {
    UiHarness h;
    FixedClock clock = summer_morning();
    EmptyLobby lobby;
    auto composed = lobby_app(h, lobby, clock);
    KioskApp& app = composed.app();
    auto draw = [&] { app.draw_frame(); };

    REQUIRE(app.family().step() == FamilyStep::Attract);
    h.tap("Tap to check in", draw);
    CHECK(app.family().step() == FamilyStep::EnterCode);
    const std::string code_screen = h.screen_text(draw);
    CHECK_THAT(code_screen, ContainsSubstring("Enter your visit code"));
    CHECK_THAT(code_screen, !ContainsSubstring("Tap to check in"));

    h.tap("Start again", draw);
    CHECK(app.family().step() == FamilyStep::Attract);
    CHECK_THAT(h.screen_text(draw), ContainsSubstring("Tap to check in"));
}

TEST_CASE("choosing a language changes the screen's words at once") {
    UiHarness h;
    FixedClock clock = summer_morning();
    EmptyLobby lobby;
    auto composed = lobby_app(h, lobby, clock);
    KioskApp& app = composed.app();
    auto draw = [&] { app.draw_frame(); };

    h.tap("Español", draw);
    CHECK(app.family().language() == "es");
    std::string text = h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Toque aquí para registrar su llegada"));
    CHECK_THAT(text, ContainsSubstring("Idioma"));
    CHECK_THAT(text, !ContainsSubstring("Tap to check in"));
    // Every language keeps its own name, whatever language the screen is in.
    CHECK_THAT(text, ContainsSubstring("English"));
    CHECK_THAT(text, ContainsSubstring("Polski"));

    h.tap("Polski", draw);
    text = h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Dotknij, aby zgłosić przybycie"));
    CHECK_THAT(text, ContainsSubstring("Język"));

    // The chosen language carries on to the next step.
    h.tap("Dotknij, aby zgłosić przybycie", draw);
    CHECK_THAT(h.screen_text(draw), ContainsSubstring("Wpisz kod wizyty"));
}

TEST_CASE("the attract screen offers only check in, feedback and the languages") {
    // A lobby screen must never list families or anything else a stranger could tap.
    UiHarness h;
    FixedClock clock = summer_morning();
    EmptyLobby lobby;
    auto composed = lobby_app(h, lobby, clock);
    KioskApp& app = composed.app();
    h.frame([&] { app.draw_frame(); });

    std::vector<std::string> labels;
    for (const auto& item : h.items()) labels.push_back(item.label);
    std::sort(labels.begin(), labels.end());
    CHECK(labels == std::vector<std::string>{"English", "Español", "Give feedback about a visit", "Polski",
                                             "Tap to check in"});
}

TEST_CASE("attract screen targets are finger-sized and on screen at common kiosk sizes") {
    struct Size {
        int width;
        int height;
    };
    for (const Size size : {Size{1280, 800}, Size{1920, 1080}, Size{1024, 768}, Size{800, 1280}}) {
        for (const char* language : {"en", "es", "pl"}) {
            CAPTURE(size.width, size.height, language);
            UiHarness h{size.width, size.height};
            FixedClock clock = summer_morning();
            EmptyLobby lobby;
            auto composed = lobby_app(h, lobby, clock, language);
            KioskApp& app = composed.app();
            h.frame([&] { app.draw_frame(); });

            const float body_px = h.ui().fonts.sizes.body;
            const auto items = h.items();
            REQUIRE(items.size() == 5);
            for (const auto& item : items) {
                CAPTURE(item.label);
                CHECK(item.visible);
                CHECK(item.min.x >= 0.0F);
                CHECK(item.min.y >= 0.0F);
                CHECK(item.max.x <= static_cast<float>(size.width));
                CHECK(item.max.y <= static_cast<float>(size.height));
                CHECK(item.max.y - item.min.y >= 2.5F * body_px);
                if (size.width == 1280 && size.height == 800) {
                    CHECK(item.max.y - item.min.y >= 64.0F);
                }
            }
            // Check in is the big one: a fifth of the screen's height or more.
            const auto& check_in = *std::max_element(
                items.begin(), items.end(), [](const auto& a, const auto& b) {
                    return (a.max.y - a.min.y) < (b.max.y - b.min.y);
                });
            CHECK(check_in.label == h.ui().text.tr("attract.tap_to_check_in"));
            CHECK(check_in.max.y - check_in.min.y >= 0.2F * static_cast<float>(size.height));
        }
    }
}
