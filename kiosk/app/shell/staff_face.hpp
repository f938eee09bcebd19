#pragma once
// The staff face (`run --face staff`): the staff controller, its screens and the on-screen
// keyboard, drawn each frame. It exists only when the program runs as the staff face: the
// lobby's KioskApp holds none, so the family face has no way to a staff screen.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/staff/arrival_watch.hpp"
#include "kiosk/app/staff/staff_controller.hpp"
#include "kiosk/ui/ui_resources.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"

namespace kiosk::app {

class StaffFace {
public:
    // `home_language`: the terminal's language, spoken until a worker with their own signs in.
    StaffFace(store::Database& db, const core::Clock& clock, VenueInfo venue, std::vector<std::string> interpretive_words,
              std::string home_language = "en");

    // Between ImGui::NewFrame() and ImGui::Render().
    void draw(ui::UiResources& ui);

    StaffController& controller() { return controller_; }
    // Makes a record section's field active on the next frame (screenshots of the keyboard).
    void focus_record_section(int index) { focus_section_ = index; }
    // The arrival watch runs on the workers' tablets; the coordinator's PC, whose PIN screen is
    // this face, leaves it to them (one device per venue raising each alert is enough).
    void watch_arrivals(bool on) { watching_arrivals_ = on; }
    // When the face must wake: to lock itself, or for the arrival watch's next deadline.
    std::optional<core::Timestamp> wake_at() const;

private:
    void draw_step(ui::UiResources& ui);

    StaffController controller_;
    ArrivalWatcher arrivals_;
    bool watching_arrivals_ = true;
    ui::OnScreenKeyboard keyboard_;
    std::optional<int> focus_section_;
};

}  // namespace kiosk::app
