#pragma once
// The one place a running app is put together (issue #17, item 6): the window, the screenshot
// command, the UI tests and the frame bench each describe what they want in an AppSetup and get
// the same KioskApp, with the one face it will ever show and the services it borrows.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/venue_info.hpp"

namespace kiosk::app {

struct Config;

// "family", "staff" or "coordinator" ([kiosk] face); nothing for any other word.
std::optional<Face> parse_face(std::string_view word);

// What one running app is made of.
struct AppSetup {
    AppSetup(store::Database& database, const core::Clock& clock_of_the_venue, VenueInfo venue_info,
             Face face_shown = Face::Family, std::string home_language = "en")
        : db(database), clock(clock_of_the_venue), venue(std::move(venue_info)), face(face_shown),
          language(std::move(home_language)) {}

    store::Database& db;
    const core::Clock& clock;
    VenueInfo venue;
    Face face = Face::Family;
    std::string language = "en";  // the terminal's own language
    std::filesystem::path assets_dir = KIOSK_DEFAULT_ASSETS_DIR;
    std::vector<std::string> interpretive_words;  // the staff face's fact-not-opinion list; empty: built in

    // The setup a configured device runs: its face, language, venue and assets from `config`.
    static AppSetup from_config(store::Database& db, const core::Clock& clock, const Config& config);
};

// The app and the services it borrows, made and kept together.
class ComposedApp {
public:
    ComposedApp(ui::UiResources& ui, AppSetup setup);
    ComposedApp(const ComposedApp&) = delete;
    ComposedApp& operator=(const ComposedApp&) = delete;

    KioskApp& app() { return app_; }
    FamilyServices& family_services() { return services_; }

private:
    FamilyServices services_;
    KioskApp app_;
};

}  // namespace kiosk::app
