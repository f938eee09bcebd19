// The translation catalogs in assets/i18n and the lookup that reads them.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>

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
