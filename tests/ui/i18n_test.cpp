// The translation catalogs in assets/i18n and the lookup that reads them.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

#include "kiosk/core/alert.hpp"
#include "kiosk/core/contact_arrangement.hpp"
#include "kiosk/core/language_needs.hpp"
#include "kiosk/core/record_chips.hpp"
#include "kiosk/core/rule_library.hpp"
#include "kiosk/ui/i18n.hpp"

using kiosk::ui::Catalog;
using kiosk::ui::I18nError;
using kiosk::ui::parse_catalog;
using kiosk::ui::Translator;

namespace {

Translator shipped() {
    return Translator::load_folder(std::filesystem::path{KIOSK_DEFAULT_ASSETS_DIR} / "i18n");
}

}  // namespace

TEST_CASE("every shipped catalog has exactly the keys every other one has") {
    const Translator translator = shipped();
    const auto languages = translator.languages();
    REQUIRE(languages.size() >= 3);
    for (const auto& a : languages) {
        for (const auto& b : languages) {
            for (const auto& [key, text] : *translator.catalog(a.code)) {
                INFO(b.code << ".toml lacks the key " << key << " that " << a.code << ".toml has");
                CHECK(translator.catalog(b.code)->count(key) == 1);
            }
        }
    }
}

TEST_CASE("no shipped translation is empty") {
    const Translator translator = shipped();
    for (const auto& language : translator.languages()) {
        for (const auto& [key, text] : *translator.catalog(language.code)) {
            INFO(language.code << ": " << key);
            CHECK_FALSE(text.empty());
        }
    }
}

TEST_CASE("languages are offered in their own names") {
    const auto languages = shipped().languages();
    std::vector<std::string> names;
    for (const auto& language : languages) names.push_back(language.own_name);
    CHECK(names == std::vector<std::string>{"English", "Español", "Polski"});
}

TEST_CASE("a key missing from a language falls back to English, then to the key itself") {
    Translator translator;
    translator.add_catalog("en", {{"greeting", "Hello"}, {"farewell", "Goodbye"}});
    translator.add_catalog("es", {{"greeting", "Hola"}});
    REQUIRE(translator.set_language("es"));

    CHECK(std::string{translator.tr("greeting")} == "Hola");
    CHECK(std::string{translator.tr("farewell")} == "Goodbye");
    CHECK(std::string{translator.tr("nowhere.at_all")} == "nowhere.at_all");
    // The pointer handed out for a missing key stays valid and stable.
    CHECK(translator.tr("nowhere.at_all") == translator.tr("nowhere.at_all"));
}

TEST_CASE("an unknown language is refused and the current one stays") {
    Translator translator = shipped();
    REQUIRE(translator.set_language("pl"));
    CHECK_FALSE(translator.set_language("xx"));
    CHECK(translator.language() == "pl");
}

TEST_CASE("nested tables become dotted keys") {
    const Catalog catalog = parse_catalog("[attract]\ntap = \"Tap\"\n[a.b]\nc = \"deep\"\n", "t");
    CHECK(catalog.at("attract.tap") == "Tap");
    CHECK(catalog.at("a.b.c") == "deep");
}

TEST_CASE("a broken catalog is reported in a sentence naming the file") {
    using Catch::Matchers::ContainsSubstring;
    CHECK_THROWS_WITH(parse_catalog("[attract\n", "xx.toml"), ContainsSubstring("xx.toml"));
    CHECK_THROWS_AS(parse_catalog("count = 3\n", "xx.toml"), I18nError);
}

// Issue #15, item 7: every word a family, a worker or a coordinator reads comes from the
// catalogs, in every language. The keys the source names outright are found by reading the
// source; the keys it builds (a rule's kind, a day's name, an alert's kind) are listed here.
namespace {

std::set<std::string> top_level_sections(const Catalog& catalog) {
    std::set<std::string> sections;
    for (const auto& [key, text] : catalog) sections.insert(key.substr(0, key.find('.')));
    return sections;
}

// String literals that look like catalog keys ("staff.error.sign_in_again", also written
// "staff.signin.too_soon|" before a value) in the source of the faces (kiosk/ui, kiosk/app).
// Not the start of a key that code completes ("date.month_" + ...), nor an audit row's action
// ("record.finalized"), which are names for the chain, not words for a person.
std::set<std::string> keys_named_in_source(const std::set<std::string>& sections) {
    std::set<std::string> keys;
    const std::regex literal{R"re("([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)\|?"(\s*\+)?)re"};
    for (const char* folder : {"/kiosk/ui", "/kiosk/app"}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string{KIOSK_SOURCE_DIR} + folder)) {
            const auto extension = entry.path().extension();
            if (extension != ".cpp" && extension != ".hpp") continue;
            std::ifstream in{entry.path()};
            std::string line;
            while (std::getline(in, line)) {
                if (line.find("audit(") != std::string::npos || line.find("sign_in_counters(") != std::string::npos) continue;
                for (std::sregex_iterator it{line.begin(), line.end(), literal}, end; it != end; ++it) {
                    const std::string key = (*it)[1];
                    if ((*it)[2].matched) continue;  // completed by code
                    if (sections.count(key.substr(0, key.find('.'))) != 0) keys.insert(key);
                }
            }
        }
    }
    return keys;
}

void check_every_language_has(const Translator& translator, const std::string& key) {
    for (const auto& language : translator.languages()) {
        INFO(language.code << ".toml lacks " << key);
        CHECK(translator.catalog(language.code)->count(key) == 1);
    }
}

}  // namespace

TEST_CASE("every catalog key the source names outright is in every catalog") {
    const Translator translator = shipped();
    const auto keys = keys_named_in_source(top_level_sections(*translator.catalog("en")));
    REQUIRE(keys.size() > 300);  // the scan found the source: staff, coordinator and lobby words
    CHECK(keys.count("staff.error.sign_in_again") == 1);  // the staff services' refusals too
    for (const auto& key : keys) check_every_language_has(translator, key);
}

TEST_CASE("every rule of the library, every day and month name and every alert has its words in every catalog") {
    const Translator translator = shipped();
    for (const std::string_view kind : kiosk::core::kRuleLibrary) {
        check_every_language_has(translator, "rule." + std::string{kind});
        check_every_language_has(translator, "rule_text." + std::string{kind});
    }
    check_every_language_has(translator, "rule.other");
    check_every_language_has(translator, "rule_text.staff_will_explain");
    for (const char* length : {"short", "long"}) {
        for (const char* day : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) {
            check_every_language_has(translator, std::string{"date.weekday_"} + length + "." + day);
        }
        for (const char* month : {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}) {
            check_every_language_has(translator, std::string{"date.month_"} + length + "." + month);
        }
    }
    for (const char* kind : {"attendee_not_approved", "late_arrival", "repeated_wrong_codes", "safeguarding_concern"}) {
        check_every_language_has(translator, std::string{"staff.alert."} + kind);
        CHECK(kiosk::core::parse_alert_kind(kind).has_value());
    }
    for (const char* kind : {"attendee_not_approved", "late_arrival", "repeated_wrong_codes"}) {
        check_every_language_has(translator, std::string{"staff.alert_detail."} + kind);
    }
}

TEST_CASE("no English day or month name is left in the Spanish or Polish catalogs") {
    const Translator translator = shipped();
    const Catalog& english = *translator.catalog("en");
    for (const char* code : {"es", "pl"}) {
        for (const auto& [key, text] : *translator.catalog(code)) {
            if (key.rfind("date.weekday_long.", 0) != 0 && key.rfind("date.month_long.", 0) != 0) continue;
            if (key == "date.month_long.may" && std::string{code} == "es") continue;  // "mayo" vs "May": checked below
            INFO(code << ": " << key);
            CHECK(text != english.at(key));
        }
    }
    CHECK(translator.catalog("es")->at("date.month_long.may") == "mayo");
}

TEST_CASE("every word issue #16 builds from a name has its words in every catalog") {
    const Translator translator = shipped();
    for (const auto code : kiosk::core::known_languages()) check_every_language_has(translator, "language_name." + std::string{code});
    for (const auto platform : kiosk::core::call_platforms()) {
        // Brands are their own names; only the plain phone call is translated.
        if (kiosk::core::platform_brand_name(platform).empty()) check_every_language_has(translator, "platform." + std::string{platform});
    }
    for (const char* mode : {"venue", "virtual", "community"}) check_every_language_has(translator, std::string{"coord.contact_mode."} + mode);
    for (const char* mode : {"virtual", "community"}) check_every_language_has(translator, std::string{"staff.contact."} + mode);
    for (const char* who : {"worker", "family", "carer"}) {
        check_every_language_has(translator, std::string{"coord.call_starter."} + who);
        check_every_language_has(translator, std::string{"staff.call_starter."} + who);
    }
    for (const char* who : {"contact_worker", "carer", "consistent_adult"}) {
        check_every_language_has(translator, std::string{"coord.supervised_by."} + who);
        check_every_language_has(translator, std::string{"staff.supervised_by."} + who);
    }
    for (const char* party : {"family", "child", "carer"}) {
        check_every_language_has(translator, std::string{"staff.call_party."} + party);
        for (const char* kind : {"joined", "left", "dropped"}) {
            const std::string chip = std::string{"call_"} + party + "_" + kind;
            check_every_language_has(translator, "staff.chip." + chip);
            CHECK_FALSE(kiosk::core::chip_label(chip).empty());
        }
    }
    for (const char* problem : {"no_platform", "no_place", "no_supervisor_name", "bad_siblings"}) {
        check_every_language_has(translator, std::string{"coord.agreement.problem."} + problem);
    }
}
