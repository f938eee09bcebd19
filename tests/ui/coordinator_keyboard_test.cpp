// The coordinator face on a tablet (issue #15): a field tapped brings up the on-screen keyboard
// docked under the screen, its keys type into the field, the field stays above it, and Done
// (or another screen) puts it away.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"
#include "tests/ui/coordinator_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {
struct CoordinatorTablet : testing::CoordinatorApp {
    testing::UiHarness::DrawFn paint = [this] { draw(); };
    CoordinatorTablet() {
        core::Id alex = 0;
        {
            store::WriteTransaction tx(store.db, "system:test", testing::kDemoNow);
            alex = store::StaffRepository(store.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
            store::ReferralRepository(store.db).add(tx, {0, family.child, "Dana Okafor", "Weekly contact.",
                                                         testing::kDemoNow - 24h, core::ReferralStatus::New});
            tx.commit();
        }
        open_coordinator(alex);
    }
    float keyboard_top() { return ImGui::GetIO().DisplaySize.y - ui::on_screen_keyboard_height(); }
};
}  // namespace

TEST_CASE("a coordinator types on the on-screen keyboard into a one-line field and a wrapped one") {
    CoordinatorTablet t;
    t.h.tap("Staff", t.paint);
    t.h.tap("First name", t.paint);
    t.h.frame(t.paint);
    REQUIRE(t.h.has_item("space"));  // the keyboard is up
    for (const char* key : {"\xE2\x87\xA7", "K", "a", "t", "e"}) t.h.tap(key, t.paint);
    t.h.frame(t.paint);
    CHECK(t.app.coordinator()->staff_draft().name == "Kate");
    for (const auto& item : t.h.items()) {
        if (item.label == "First name") CHECK(item.max.y <= t.keyboard_top());  // never under the keys
    }
    t.h.tap("Done", t.paint);
    t.h.frame(t.paint);
    t.h.frame(t.paint);
    CHECK_FALSE(t.h.has_item("space"));

    // A wrapped field (a rule of one's own on the agreement screen) takes the keys at its caret.
    t.h.tap("Referrals", t.paint);
    t.h.tap(std::string(testing::kSampleChildName) + ", 7", t.paint);
    t.h.tap("Agreement", t.paint);
    t.h.tap("A rule of your own, in plain words (English)", t.paint);
    t.h.frame(t.paint);
    REQUIRE(t.h.has_item("space"));
    for (const char* key : {"n", "o", "space", "b", "a", "l", "l"}) t.h.tap(key, t.paint);
    t.h.frame(t.paint);
    CHECK(t.app.coordinator()->agreement_draft().new_rule == "no ball");

    // Another screen puts the keyboard away.
    t.h.tap("Back", t.paint);
    t.h.frame(t.paint);
    t.h.frame(t.paint);
    CHECK_FALSE(t.h.has_item("space"));
}
