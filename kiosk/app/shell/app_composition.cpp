#include "kiosk/app/shell/app_composition.hpp"

#include "kiosk/app/config.hpp"

namespace kiosk::app {

std::optional<Face> parse_face(std::string_view word) {
    if (word == "family") return Face::Family;
    if (word == "staff") return Face::Staff;
    if (word == "coordinator") return Face::Coordinator;
    return std::nullopt;
}

AppSetup AppSetup::from_config(store::Database& db, const core::Clock& clock, const Config& config) {
    AppSetup setup{db, clock, load_venue_info(db, config)};
    setup.face = parse_face(config.face).value_or(Face::Family);
    setup.language = config.language;
    setup.assets_dir = assets_dir_of(config);
    setup.interpretive_words = config.interpretive_words;
    return setup;
}

ComposedApp::ComposedApp(ui::UiResources& ui, AppSetup setup)
    : services_(make_family_services(setup.db, setup.assets_dir, setup.venue.time_zone)),
      app_(ui, std::move(setup), services_) {}

}  // namespace kiosk::app
