#pragma once
// Translation catalogs: one TOML file per language in assets/i18n ("en.toml"), tables
// flattened into dotted keys ("attract.tap_to_check_in"). Every catalog names its language in
// that language under `language.name` ("Español"), which is how the choice is shown.
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

using Catalog = std::map<std::string, std::string, std::less<>>;

struct Language {
    std::string code;      // "es"
    std::string own_name;  // "Español"
};

// A catalog that cannot be used (bad TOML, a value that is not text, no English). The message
// is one sentence naming the file.
class I18nError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

Catalog parse_catalog(std::string_view toml_text, std::string_view source_name);

class Translator {
public:
    // English is the fallback for a key another language lacks.
    static constexpr std::string_view kFallbackLanguage = "en";

    // Loads every *.toml in `folder`; the file name is the language code. Needs en.toml.
    static Translator load_folder(const std::filesystem::path& folder);

    void add_catalog(std::string code, Catalog catalog);

    // Switches the language; an unknown code is refused (false) and the language stays.
    bool set_language(std::string_view code);
    const std::string& language() const { return language_; }

    // The text of `key` in the current language, else in English, else the key itself so a
    // missing string is visible on screen rather than a crash. The pointer stays valid for the
    // life of the Translator.
    const char* tr(std::string_view key) const;
    const char* operator()(std::string_view key) const { return tr(key); }

    // Every loaded language, ordered by code, with its own name.
    std::vector<Language> languages() const;
    const Catalog* catalog(std::string_view code) const;

private:
    std::map<std::string, Catalog, std::less<>> catalogs_;
    std::string language_{kFallbackLanguage};
    // Keys asked for but found nowhere; node-based so the c_str() handed out stays put.
    mutable std::set<std::string, std::less<>> missing_;
};

}  // namespace kiosk::ui
