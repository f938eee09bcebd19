#include "kiosk/ui/i18n.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace kiosk::ui {

namespace {

void flatten(const toml::table& table, const std::string& prefix, std::string_view source,
             Catalog& out) {
    for (const auto& [key, node] : table) {
        const std::string full = prefix.empty() ? std::string{key.str()}
                                                : prefix + "." + std::string{key.str()};
        if (const auto* child = node.as_table()) {
            flatten(*child, full, source, out);
        } else if (const auto* text = node.as_string()) {
            out.emplace(full, text->get());
        } else {
            throw I18nError("The translation " + full + " in " + std::string{source} +
                            " is not text.");
        }
    }
}

}  // namespace

Catalog parse_catalog(std::string_view toml_text, std::string_view source_name) {
    toml::table table;
    try {
        table = toml::parse(toml_text, source_name);
    } catch (const toml::parse_error& error) {
        std::ostringstream message;
        message << "The translation file " << source_name << " is not valid TOML (line "
                << error.source().begin.line << ": " << error.description() << ").";
        throw I18nError(message.str());
    }
    Catalog catalog;
    flatten(table, "", source_name, catalog);
    return catalog;
}

Translator Translator::load_folder(const std::filesystem::path& folder) {
    Translator translator;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".toml") continue;
        std::ifstream in{entry.path(), std::ios::binary};
        std::ostringstream text;
        text << in.rdbuf();
        if (!in && !in.eof()) {
            throw I18nError("The translation file " + entry.path().string() +
                            " could not be read.");
        }
        translator.add_catalog(entry.path().stem().string(),
                               parse_catalog(text.str(), entry.path().string()));
    }
    if (translator.catalog(kFallbackLanguage) == nullptr) {
        throw I18nError("The English translations (en.toml) are missing from " +
                        folder.string() + "; check assets_dir in the configuration.");
    }
    return translator;
}

void Translator::add_catalog(std::string code, Catalog catalog) {
    catalogs_.insert_or_assign(std::move(code), std::move(catalog));
}

bool Translator::set_language(std::string_view code) {
    if (catalogs_.find(code) == catalogs_.end()) return false;
    language_ = std::string{code};
    return true;
}

const char* Translator::tr(std::string_view key) const {
    for (const std::string_view code : {std::string_view{language_}, kFallbackLanguage}) {
        const auto catalog = catalogs_.find(code);
        if (catalog == catalogs_.end()) continue;
        const auto found = catalog->second.find(key);
        if (found != catalog->second.end()) return found->second.c_str();
    }
    auto known = missing_.find(key);
    if (known == missing_.end()) known = missing_.emplace(key).first;
    return known->c_str();
}

std::vector<Language> Translator::languages() const {
    std::vector<Language> result;
    for (const auto& [code, catalog] : catalogs_) {
        const auto name = catalog.find("language.name");
        result.push_back({code, name != catalog.end() ? name->second : code});
    }
    return result;
}

const Catalog* Translator::catalog(std::string_view code) const {
    const auto found = catalogs_.find(code);
    return found != catalogs_.end() ? &found->second : nullptr;
}

}  // namespace kiosk::ui
