// The coordinator's agreement rules (issue #15, item 7): ticked from the translated rule
// library and stored by kind; a rule of the coordinator's own stored in the coordinator's
// language with a translation per language where one is given.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/ui/coordinator_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {

struct AgreementEditor : testing::CoordinatorApp {
    testing::UiHarness::DrawFn paint = [this] { draw(); };

    AgreementEditor() {
        core::Id alex = 0;
        {
            store::WriteTransaction tx(store.db, "system:test", testing::kDemoNow);
            alex = store::StaffRepository(store.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
            store::ReferralRepository(store.db).add(tx, {0, family.child, "Dana Okafor", "Weekly contact.",
                                                         testing::kDemoNow - 24h, core::ReferralStatus::New});
            tx.commit();
        }
        open_coordinator(alex);
        h.tap(std::string(testing::kSampleChildName) + ", 7", paint);
        h.tap("Agreement", paint);
        REQUIRE(app.coordinator()->screen() == app::CoordinatorScreen::Agreement);
    }

    // Types into the field labelled `label` (tapping it first, as a finger would).
    void type_into(const std::string& label, const std::string& words) {
        h.tap(label, paint);
        h.frame(paint);
        h.type_text(words, paint);
        h.frame(paint);
    }

    core::AgreementVersion latest() {
        store::AgreementRepository agreements(store.db);
        return *agreements.latest_version(agreements.for_child(family.child)->id);
    }
};

}  // namespace

TEST_CASE("a rule of the coordinator's own is saved in their language with the translations given") {
    AgreementEditor e;
    e.h.tap("Please come sober: no alcohol or drugs before or during the visit.", e.paint);  // from the library
    e.type_into("A rule of your own, in plain words (English)", "Speak English or Polish so staff can follow.");
    e.type_into("The same rule in Polski (if left empty, staff explain it to a family reading Polski)",
                "Mów po angielsku lub po polsku.");
    e.h.tap("Add this rule", e.paint);
    const std::string screen = e.h.screen_text(e.paint);
    CHECK_THAT(screen, ContainsSubstring("Speak English or Polish so staff can follow."));
    CHECK_THAT(screen, ContainsSubstring("Also in: Polski"));

    e.h.tap("Save new version", e.paint);
    REQUIRE_THAT(e.h.screen_text(e.paint), ContainsSubstring("Saved as version 2"));
    const core::AgreementVersion v = e.latest();
    REQUIRE(v.version == 2);
    bool sober = false;
    const core::AgreementRule* own = nullptr;
    for (const auto& rule : v.rules) {
        if (rule.kind == "sober") sober = true;
        if (rule.kind == "other") own = &rule;
    }
    CHECK(sober);  // by its kind: each family reads it in their own language
    REQUIRE(own != nullptr);
    CHECK(own->text == "Speak English or Polish so staff can follow.");
    CHECK(own->language == "en");
    CHECK(own->translations.size() == 1);  // the empty Spanish field is no translation
    CHECK(own->translations.at("pl") == "Mów po angielsku lub po polsku.");
}

TEST_CASE("an empty rule of one's own is refused in words, and a rule can be taken out again") {
    AgreementEditor e;
    e.h.tap("Add this rule", e.paint);
    CHECK_THAT(e.h.screen_text(e.paint), ContainsSubstring("Write the rule first."));
    e.type_into("A rule of your own, in plain words (English)", "No football indoors.");
    e.h.tap("Add this rule", e.paint);
    CHECK_THAT(e.h.screen_text(e.paint), ContainsSubstring("Not translated yet"));
    e.h.tap("Remove", e.paint);
    CHECK_THAT(e.h.screen_text(e.paint), !ContainsSubstring("No football indoors."));
}
