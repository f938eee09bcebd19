// The doctor's file checks: the data and key folders and the key file (owner and mode), and
// the assets the window needs (translations, the activity library, fonts with our glyphs).
#include <ft2build.h>
#include FT_FREETYPE_H
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>

#include "kiosk/app/family/activity_library.hpp"
#include "kiosk/app/commands/doctor.hpp"
#include "kiosk/app/holiday_file.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/ui/i18n.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;

namespace {

std::string user_name(uid_t uid) {
    const passwd* entry = ::getpwuid(uid);
    return entry != nullptr ? std::string{entry->pw_name} : "uid " + std::to_string(uid);
}

std::string octal_mode(mode_t mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%03o", static_cast<unsigned>(mode & 0777U));
    return text;
}

// A folder or file that only the kiosk's user may touch: it exists, is of the right kind,
// belongs to whoever runs the doctor (the kiosk's user) and gives nothing to group or others.
DoctorCheck check_private(const std::string& name, const fs::path& path, bool folder, const char* wanted_mode) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        return problem(name, path.string() + " does not exist",
                       folder ? "create it: install -d -m " + std::string{wanted_mode} + " " + path.string() +
                                    " (as the kiosk's user; the package's postinst makes the usual ones)"
                              : "start the kiosk once, which makes it with the database, or restore it from "
                                "the key backup (docs/install.md, \"Backups\")");
    }
    if (folder != S_ISDIR(status.st_mode)) {
        return problem(name, path.string() + (folder ? " is not a folder" : " is not a plain file"),
                       "move it aside and point the configuration at the right place");
    }
    const uid_t me = ::geteuid();
    if (status.st_uid != me) {
        return problem(name, path.string() + " belongs to " + user_name(status.st_uid) + ", and the doctor runs as " +
                                 user_name(me),
                       "run the doctor as the kiosk's user (runuser -u " + user_name(status.st_uid) +
                           " -- contact-kiosk doctor), or give the file to that user (chown)");
    }
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return problem(name, path.string() + " can be used by others (mode " + octal_mode(status.st_mode) + ")",
                       "chmod " + std::string{wanted_mode} + " " + path.string());
    }
    if (folder && ::access(path.c_str(), W_OK | X_OK) != 0) {
        return problem(name, path.string() + " cannot be written (mode " + octal_mode(status.st_mode) + ")",
                       "chmod " + std::string{wanted_mode} + " " + path.string());
    }
    return ok_check(name, path.string() + " belongs to " + user_name(me) + ", mode " + octal_mode(status.st_mode));
}

fs::path folder_of(const fs::path& file) { return file.has_parent_path() ? file.parent_path() : fs::path{"."}; }

// The code points a screen of ours writes beyond plain ASCII: Spanish and Polish letters,
// our punctuation and symbols (kiosk/ui/fonts.cpp bakes them).
constexpr char32_t kNeededGlyphs[] = {U'á', U'é', U'í', U'ó', U'ú', U'ñ', U'¿', U'¡', U'ą', U'ć', U'ę',
                                      U'ł', U'ń', U'ś', U'ź', U'ż', U'—', U'’', U'“', U'”', U'„', U'…',
                                      U'·', U'€', U'←', U'→', U'⇧', U'⌫', U'✓'};

// Empty when `file` is a font holding every needed glyph, else what is wrong.
std::string font_problem(FT_Library library, const fs::path& file) {
    FT_Face face = nullptr;
    if (FT_New_Face(library, file.c_str(), 0, &face) != 0) return file.string() + " is missing or not a font";
    const std::unique_ptr<FT_FaceRec_, decltype(&FT_Done_Face)> owned(face, &FT_Done_Face);
    for (const char32_t glyph : kNeededGlyphs) {
        if (FT_Get_Char_Index(face, glyph) == 0) {
            return file.string() + " has no glyph for U+" + [glyph] {
                char code[8];
                std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(glyph));
                return std::string{code};
            }();
        }
    }
    return {};
}

}  // namespace

std::vector<DoctorCheck> check_data_files(const Config& config) {
    std::vector<DoctorCheck> checks;
    checks.push_back(check_private("data folder", folder_of(config.database_file), true, "700"));
    checks.push_back(check_private("key folder", folder_of(config.key_file), true, "700"));
    checks.push_back(check_private("key file", config.key_file, false, "600"));
    return checks;
}

DoctorCheck check_assets(const Config& config) {
    const fs::path dir = assets_dir_of(config);
    try {
        const auto translator = ui::Translator::load_folder(dir / "i18n");
        std::string languages;
        for (const auto& language : translator.languages()) languages += (languages.empty() ? "" : ", ") + language.code;
        const auto activities = load_activity_library(dir / "activities" / "library.toml");
        return ok_check("assets", dir.string() + ": languages " + languages + ", " + std::to_string(activities.size()) +
                                      " activities");
    } catch (const std::exception& error) {
        return problem("assets", error.what(),
                       "reinstall the contact-kiosk package (apt install --reinstall contact-kiosk), or correct "
                       "storage.assets in the configuration");
    }
}

DoctorCheck check_holidays(const Config& config, const core::Clock& clock) {
    if (config.holiday_region == "none") {
        return ok_check("holidays", "none configured (venue.holidays = \"none\"): working-day timescales skip "
                                    "weekends only");
    }
    const fs::path file = assets_dir_of(config) / "holidays" / (config.holiday_region + ".toml");
    const std::string fix_file = "reinstall the contact-kiosk package, or correct venue.holidays (a file name in " +
                                 (assets_dir_of(config) / "holidays").string() + ")";
    if (!fs::exists(file)) return problem("holidays", "there is no " + file.string(), fix_file);
    try {
        const auto list = load_holiday_file(file, config.holiday_region);
        // A recording timescale is days or weeks; a list that ends within a quarter would count
        // the next year's holidays as working days before anyone notices.
        const int year_needed = std::stoi(core::local_date(clock.now() + std::chrono::days{90}, config.time_zone)
                                              .substr(0, 4));
        if (list.last_year < year_needed) {
            return problem("holidays",
                           list.name + "'s list in " + file.string() + " ends with " +
                               std::to_string(list.last_year) + ": due dates in " + std::to_string(year_needed) +
                               " would count its public holidays as working days",
                           "install a newer contact-kiosk package, or add the coming year's days to the file "
                           "(scripts/make-holiday-files.py writes them)");
        }
        return ok_check("holidays", list.name + ", " + std::to_string(list.days.size()) + " days from " +
                                        std::to_string(list.first_year) + " to " + std::to_string(list.last_year));
    } catch (const std::exception& error) {
        return problem("holidays", error.what(), fix_file);
    }
}

DoctorCheck check_fonts(const Config& config) {
    const fs::path dir = assets_dir_of(config) / "fonts";
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) return problem("fonts", "FreeType could not start", "reinstall libfreetype6");
    const std::unique_ptr<FT_LibraryRec_, decltype(&FT_Done_FreeType)> owned(library, &FT_Done_FreeType);
    for (const char* name : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
        if (const auto wrong = font_problem(library, dir / name); !wrong.empty()) {
            return problem("fonts", wrong,
                           "install fonts-dejavu-core (the package's fonts are links to it), or correct "
                           "storage.assets in the configuration");
        }
    }
    return ok_check("fonts", "DejaVu Sans and DejaVu Sans Bold in " + dir.string() +
                                 " have every letter of English, Spanish and Polish");
}

}  // namespace kiosk::app
