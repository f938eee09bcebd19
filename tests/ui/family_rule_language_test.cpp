// Every word of the agreement in the family's language (issue #15, item 7): library rules come
// from the catalogs by kind, a rule of the coordinator's own shows in its translation, and a
// family whose language has none is told staff will explain it, never shown another language.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/ui/family_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::FamilyStep;
using kiosk::testing::FamilyFixture;
using namespace kiosk;

namespace {

const std::string kOwnRule = "Speak English or Polish during the visit so staff can follow.";
const std::string kOwnRulePolish = "Podczas wizyty mów po angielsku lub po polsku.";

// The sample family's agreement gets a rule of the coordinator's own, written in English with a
// Polish translation, as the coordinator face saves it.
void add_own_rule(FamilyFixture& f) {
    store::AgreementRepository agreements{f.store.db};
    core::AgreementVersion v = *agreements.version(f.family.version);
    core::AgreementRule own{.kind = "other", .text = kOwnRule, .language = "en"};
    own.translations["pl"] = kOwnRulePolish;
    store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
    store::add_agreement_rule(f.store.db, v.id, static_cast<int>(v.rules.size()), own);
    tx.audit("test.rule_added", "agreement_version", v.id);
    tx.commit();
}

std::string agreement_words(FamilyFixture& f, const char* language_button, const char* check_in) {
    f.on_time();
    if (language_button != nullptr) f.tap(language_button);
    f.tap(check_in);
    f.type_code("KT4MPX");
    f.tap("Mum — Sarah");
    f.tap(f.h.ui().text.tr("attendees.continue"));  // "Continue" in the family's language
    REQUIRE(f.app.family().step() == FamilyStep::Agreement);
    return f.text();
}

}  // namespace

TEST_CASE("a Polish family reads the library rules and the coordinator's own rule in Polish") {
    FamilyFixture f;
    add_own_rule(f);
    const std::string words = agreement_words(f, "Polski", "Dotknij, aby zgłosić przybycie");
    CHECK_THAT(words, ContainsSubstring("Telefon zostaje w torbie."));  // the library rule, from the catalog
    CHECK_THAT(words, ContainsSubstring(kOwnRulePolish));
    CHECK_THAT(words, !ContainsSubstring("Phones stay in your bag"));
    CHECK_THAT(words, !ContainsSubstring(kOwnRule));
}

TEST_CASE("a Spanish family whose language the coordinator's rule lacks is told staff will explain it") {
    FamilyFixture f;
    add_own_rule(f);
    const std::string words = agreement_words(f, "Español", "Toque aquí para registrar su llegada");
    CHECK_THAT(words, ContainsSubstring("El móvil se queda en el bolso."));
    CHECK_THAT(words, ContainsSubstring("Un miembro del personal le explicará esta norma antes de la visita."));
    CHECK_THAT(words, !ContainsSubstring(kOwnRule));
    CHECK_THAT(words, !ContainsSubstring(kOwnRulePolish));
}

TEST_CASE("an English family reads the coordinator's rule in the words it was written in") {
    FamilyFixture f;
    add_own_rule(f);
    const std::string words = agreement_words(f, nullptr, "Tap to check in");
    CHECK_THAT(words, ContainsSubstring(kOwnRule));
    CHECK_THAT(words, ContainsSubstring("Phones stay in your bag."));
}
