#pragma once
// The contact agreement as a plain-language page to print or send to the family. It holds
// what the family needs to know — who comes, when, how long, where, the rules, arriving and
// leaving — and nothing else: no surnames, no carer's address, no risk assessment.
#include <filesystem>
#include <stdexcept>
#include <string>

#include "kiosk/core/ids.hpp"
#include "kiosk/ui/i18n.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

// A complete HTML document; throws std::invalid_argument when the version does not exist.
std::string agreement_page_html(store::Database& db, core::Id version_id, const std::string& time_zone,
                                const ui::Translator& text);

// Why a family page could not be written: a catalog key for the coordinator's screen (in their
// language) and the folder it names; what() is the same in English, for logs and the CLI.
class FamilyPageError : public std::runtime_error {
public:
    FamilyPageError(const char* key, std::filesystem::path folder, const std::string& english)
        : std::runtime_error(english), key_(key), folder_(std::move(folder)) {}
    const char* key() const { return key_; }
    const std::filesystem::path& folder() const { return folder_; }

private:
    const char* key_;
    std::filesystem::path folder_;
};

// Writes the page as agreement-<agreement id>-v<version>.html into `folder` (made 0700 if
// missing; the file is written whole and renamed into place, mode 0600: it names the child and
// the family). Ids rather than names in the file name. Returns the file's path; throws
// FamilyPageError when the folder cannot be written.
// No PDF: docs/coordinator-guide.md says why (any browser prints the page to PDF).
std::filesystem::path write_family_page(store::Database& db, core::Id version_id, const std::string& time_zone,
                                        const ui::Translator& text, const std::filesystem::path& folder);

}  // namespace kiosk::app
