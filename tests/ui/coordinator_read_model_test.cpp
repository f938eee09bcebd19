// The coordinator's pages draw from read models (issue #17, item 4): a frame that changed nothing
// reads no database; the page's own intent, news from elsewhere (data_changed(), as the app calls
// when the sync worker applied a page), a new minute and a change of what the view shows of the
// page's draft each build the view again; and after a write made elsewhere plus data_changed(),
// no page shows what was there before.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <functional>

#include "kiosk/app/coordinator/agreement_service.hpp"
#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/coordinator/letterbox_service.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/core/feedback_week.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/feedback_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/ui/coordinator_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {
struct Desk : testing::CoordinatorApp {
    core::Id coordinator = 0;
    core::Id referral = 0;

    Desk() {
        store::WriteTransaction tx(store.db, "system:test", testing::kDemoNow);
        coordinator = store::StaffRepository(store.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        referral = store::ReferralRepository(store.db)
                       .add(tx, {0, family.child, "Dana Okafor", "", testing::kDemoNow - 48h, core::ReferralStatus::Agreed, {}});
        tx.commit();
        open_coordinator(coordinator);
        c().select_referral(referral);
    }
    app::CoordinatorController& c() { return *app.coordinator(); }
    std::string text() {
        std::string words = h.screen_text([this] { draw(); });
        std::replace(words.begin(), words.end(), '\n', ' ');
        return words;
    }
    void frame() { h.frame([this] { draw(); }); }
    void tap(std::string_view label) { h.tap(label, [this] { draw(); }); }
};

// One coordinator page under test: how to open it, how many times its view was built, a tap that
// is its own intent, and a write made elsewhere with the words it must then show.
struct PageCase {
    const char* name;
    app::CoordinatorScreen screen;
    std::function<std::uint64_t(app::CoordinatorController&)> builds;
    const char* own_intent;  // a label to tap that the page handles without leaving
    std::function<void(Desk&)> write_elsewhere;
    std::string shows_after;
};

void write(Desk& d, const std::function<void(store::WriteTransaction&)>& change) {
    store::WriteTransaction tx(d.store.db, "system:elsewhere", d.clock.now());
    change(tx);
    tx.commit();
}

std::vector<PageCase> page_cases() {
    using S = app::CoordinatorScreen;
    using C = app::CoordinatorController;
    return {
        {"referrals", S::Referrals, [](C& c) { return c.referrals_page().views_built(); }, "Referrals",
         [](Desk& d) {
             write(d, [&](auto& tx) {
                 store::ReferralRepository(d.store.db)
                     .add(tx, {0, d.family.child, "Priya Natarajan", "", d.clock.now(), core::ReferralStatus::New, {}});
             });
         },
         "Priya Natarajan"},
        // The risk page shows the store's referral and child, which nothing here writes: its own
        // saves are covered by the intent above; the assessment it shows comes from its draft.
        {"risk", S::Risk, [](C& c) { return c.risk_page().views_built(); }, "Save assessment", nullptr, ""},
        {"agreement", S::Agreement, [](C& c) { return c.agreement_page().views_built(); }, "Add this rule",
         [](Desk& d) {
             // Another coordinator's desk saved version 2; it reached this device by sync.
             auto v = app::agreement_draft_for(d.c().context(), d.referral);
             v.id = 0;  // a new version from the current one, as the editor saves it
             REQUIRE(app::save_agreement_version(d.c().context(), d.referral, v).problems.empty());
         },
         "Now in use: version 2"},
        {"schedule", S::Schedule, [](C& c) { return c.schedule_page().views_built(); }, "Schedule",
         [](Desk& d) {
             write(d, [&](auto& tx) {
                 core::Session s = *store::SessionRepository(d.store.db).find(d.family.session);
                 s.id = 0;
                 s.starts_at += 7 * 24h;
                 s.visit_code = "ZX7QRT";
                 store::SessionRepository(d.store.db).add(tx, s);
             });
         },
         "ZX7QRT"},
        {"transition", S::Transition, [](C& c) { return c.transition_page().views_built(); }, "Transition",
         [](Desk& d) {
             write(d, [&](auto& tx) { store::PlacementRepository(d.store.db).add(tx, {0, d.family.child, d.clock.now() - 2h, d.coordinator}); });
         },
         "Placed today"},
        {"deadlines", S::Deadlines, [](C& c) { return c.deadlines_page().views_built(); }, "Deadlines",
         [](Desk& d) {
             write(d, [&](auto& tx) { store::PlacementRepository(d.store.db).add(tx, {0, d.family.child, d.clock.now() - 2h, d.coordinator}); });
         },
         "Comfort call"},
        {"staff", S::Staff, [](C& c) { return c.staff_page().views_built(); }, "Staff",
         [](Desk& d) {
             write(d, [&](auto& tx) { store::StaffRepository(d.store.db).add(tx, {0, "Quincy", core::Role::Worker, true}, ""); });
         },
         "Quincy"},
        {"sync", S::Sync, [](C& c) { return c.sync_page().views_built(); }, "Sync",
         [](Desk& d) {
             // Jo's tablet began the sample session's record; it reached this device by sync.
             write(d, [&](auto& tx) {
                 store::SessionRepository sessions(d.store.db);
                 sessions.record_child_arrived(tx, d.family.session, "Helen");
                 sessions.record_started(tx, d.family.session);
                 sessions.record_ended(tx, d.family.session, "", "");
             });
             app::RecordService(d.store.db, d.clock).open_draft(d.family.session, d.family.worker);
         },
         std::string{testing::kSampleChildName}},
        {"letterbox", S::Letterbox, [](C& c) { return c.letterbox_page().views_built(); }, "Letterbox",
         [](Desk& d) {
             core::LetterboxArrangement a{0, d.family.child, core::LetterboxDirection::ToChild, "Grandad Peter", 6, "2026-12-01", true};
             REQUIRE(app::save_letterbox_arrangement(d.c().context(), a).problems.empty());
         },
         "Grandad Peter"},
        {"feedback", S::Feedback, [](C& c) { return c.feedback_page().views_built(); }, "Feedback",
         [](Desk& d) {
             write(d, [&](auto& tx) {
                 core::Feedback f;
                 f.session_id = d.family.session;
                 f.child_face = 5;
                 f.adult_face = 4;
                 f.comment = "The garden room was lovely.";
                 f.at = d.clock.now();
                 f.venue_id = d.family.venue;
                 f.week = core::week_of(d.clock.now(), "Europe/London");
                 store::FeedbackRepository(d.store.db).add(tx, f, std::string{"{}"});
             });
         },
         "The garden room was lovely."},
    };
}
}  // namespace

TEST_CASE("each coordinator page builds its view once while nothing changes, and again for its intent, news and a new minute") {
    const auto cases = page_cases();
    const auto& page = cases[GENERATE(Catch::Generators::range(std::size_t{0}, page_cases().size()))];
    INFO("page: " << page.name);
    Desk d;
    d.c().open(page.screen);
    d.frame();
    const auto built = page.builds(d.c());
    const auto headers = d.c().frames_built();
    CHECK(built >= 1);
    for (int i = 0; i < 5; ++i) d.frame();
    CHECK(page.builds(d.c()) == built);  // nothing changed: no frame read the database
    CHECK(d.c().frames_built() == headers);

    d.c().data_changed();  // what the app does when its sync worker applied a page
    d.frame();
    CHECK(page.builds(d.c()) == built + 1);
    CHECK(d.c().frames_built() == headers + 1);

    d.clock.set(d.clock.now() + 1min);  // every clock on screen shows minutes
    d.frame();
    CHECK(page.builds(d.c()) == built + 2);
    d.frame();
    CHECK(page.builds(d.c()) == built + 2);

    d.tap(page.own_intent);  // the page's own intent (a tab tap goes to the same page)
    REQUIRE(d.c().screen() == page.screen);
    d.frame();
    CHECK(page.builds(d.c()) > built + 2);
}

TEST_CASE("no coordinator page shows stale data after a write made elsewhere and data_changed()") {
    auto cases = page_cases();
    std::erase_if(cases, [](const PageCase& p) { return !p.write_elsewhere; });
    const auto& page = cases[GENERATE(Catch::Generators::range(std::size_t{0}, std::size_t{9}))];
    REQUIRE(cases.size() == 9);
    INFO("page: " << page.name);
    Desk d;
    d.c().open(page.screen);
    CHECK_THAT(d.text(), !ContainsSubstring(page.shows_after));
    const auto built = page.builds(d.c());
    page.write_elsewhere(d);
    d.frame();
    CHECK(page.builds(d.c()) == built);  // the read model keeps its view until it is told
    d.c().data_changed();
    CHECK_THAT(d.text(), ContainsSubstring(page.shows_after));
}

TEST_CASE("a record opened from the deadlines board is kept between frames and built again for news and another record") {
    Desk d;
    d.clock.set(testing::kDemoNow + 3h);
    // The sample session ended and Jo began its record on her tablet.
    write(d, [&](auto& tx) {
        store::SessionRepository sessions(d.store.db);
        sessions.record_child_arrived(tx, d.family.session, "Helen");
        sessions.record_started(tx, d.family.session);
        sessions.record_ended(tx, d.family.session, "", "");
    });
    app::RecordService records(d.store.db, d.clock);
    const core::Id record = records.open_draft(d.family.session, d.family.worker);
    d.c().open_record(record, app::CoordinatorScreen::Deadlines);
    d.frame();
    const auto built = d.c().record_page().views_built();
    for (int i = 0; i < 5; ++i) d.frame();
    CHECK(d.c().record_page().views_built() == built);
    records.save_section(record, d.family.worker, core::RecordSection::Attendance, "Mum arrived on time.");
    d.frame();
    CHECK(d.c().record_page().views_built() == built);  // written on Jo's tablet: news not yet told
    d.c().data_changed();
    CHECK_THAT(d.text(), ContainsSubstring("Mum arrived on time."));
    CHECK(d.c().record_page().views_built() == built + 1);
}

TEST_CASE("the risk page's recommendation follows the ticks at once: the draft it shows is part of its read model's key") {
    Desk d;
    d.c().open(app::CoordinatorScreen::Risk);
    CHECK_THAT(d.text(), ContainsSubstring("Recommended, the lowest level assessed as safe: Supported"));
    const auto built = d.c().risk_page().views_built();
    d.frame();
    CHECK(d.c().risk_page().views_built() == built);
    d.c().risk_draft().risks[0] = true;  // a tick is drawn into the draft, with no intent
    CHECK_THAT(d.text(), !ContainsSubstring("Recommended, the lowest level assessed as safe: Supported"));
    CHECK(d.c().risk_page().views_built() == built + 1);
}

TEST_CASE("the schedule page proposes the worker for the plan as it is typed, without waiting for an intent") {
    Desk d;
    d.c().open(app::CoordinatorScreen::Schedule);
    d.frame();
    const auto built = d.c().schedule_page().views_built();
    d.frame();
    CHECK(d.c().schedule_page().views_built() == built);
    d.c().schedule_draft().first_date = "2026-12-08";  // typed: the proposal is for another day
    d.frame();
    CHECK(d.c().schedule_page().views_built() == built + 1);
    d.c().schedule_draft().hour = 15;
    d.frame();
    CHECK(d.c().schedule_page().views_built() == built + 2);
    // What the view does not show of the draft builds nothing: the ui draws it from the draft.
    d.c().schedule_draft().reason = "typed into a closed form";
    d.frame();
    CHECK(d.c().schedule_page().views_built() == built + 2);
}

TEST_CASE("typing a rule into the agreement shows at once and builds no view: the ui draws it from the draft") {
    Desk d;
    d.c().open(app::CoordinatorScreen::Agreement);
    d.frame();
    const auto built = d.c().agreement_page().views_built();
    d.c().agreement_draft().new_rule = "Bring the photo album";
    CHECK_THAT(d.text(), ContainsSubstring("Bring the photo album"));
    CHECK(d.c().agreement_page().views_built() == built);
}
