// The plain-language agreement page for the family: what they need, and nothing restricted.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/coordinator/agreement_export.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;

TEST_CASE("the agreement page names the arrangements and leaves out surnames, addresses and risk") {
    testing::TestStore store;
    const auto f = testing::add_sample_family(store.db);
    {
        store::WriteTransaction tx(store.db, "system:test", testing::kDemoNow);
        store::ReferralRepository referrals(store.db);
        const auto referral = referrals.add(tx, {0, f.child, "Dana", "Concerns about Dad's drinking.", testing::kDemoNow,
                                                 core::ReferralStatus::New});
        core::RiskAssessment a;
        a.referral_id = referral;
        a.assessed_by = f.worker;
        a.assessed_at = testing::kDemoNow;
        a.risk_factors = "substance_misuse";
        a.recommended_level = core::SupervisionLevel::Supervised;
        a.chosen_level = core::SupervisionLevel::Supervised;
        referrals.add_assessment(tx, a);
        tx.commit();
    }
    const auto text = ui::Translator::load_folder(std::filesystem::path(KIOSK_SOURCE_DIR) / "assets/i18n");
    const std::string html = app::agreement_page_html(store.db, f.version, "Europe/London", text);

    CHECK_THAT(html, ContainsSubstring(testing::kSampleChildName));
    CHECK_THAT(html, ContainsSubstring("Mum — Sarah"));
    CHECK_THAT(html, ContainsSubstring("Blue Room"));
    // Library rules in the page's language, by their kind (the sample stored its own words).
    CHECK_THAT(html, ContainsSubstring("Phones stay in your bag. Please do not take photos or videos."));
    CHECK_THAT(html, ContainsSubstring("60 minutes"));
    for (const char* restricted : {"Quillfeather", "Hughes", "Marchbank", "Willow Lane", "Elm School", "07700",
                                   "Gareth", "substance", "drinking"}) {
        CAPTURE(restricted);
        CHECK_THAT(html, !ContainsSubstring(restricted));
    }
    CHECK_THROWS_AS(app::agreement_page_html(store.db, 999, "Europe/London", text), std::invalid_argument);
}

TEST_CASE("text on the agreement page is escaped, so a rule cannot inject markup") {
    testing::TestStore store;
    const auto f = testing::add_sample_family(store.db);
    store.db.exec("UPDATE agreement_rules SET kind = 'other', text = '<script>x</script> & more' WHERE position = 0");
    const auto text = ui::Translator::load_folder(std::filesystem::path(KIOSK_SOURCE_DIR) / "assets/i18n");
    const std::string html = app::agreement_page_html(store.db, f.version, "Europe/London", text);
    CHECK_THAT(html, !ContainsSubstring("<script>"));
    CHECK_THAT(html, ContainsSubstring("&lt;script&gt;x&lt;/script&gt; &amp; more"));
}
