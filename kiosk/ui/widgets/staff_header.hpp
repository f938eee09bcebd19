#pragma once
// The band across the top of every staff screen: a way back (when there is one), the screen's
// title, who is signed in, the time, and "Lock" so a worker can leave the tablet safely.
#include <string>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct StaffHeader {
    const char* title = "";
    std::string worker_name;  // empty on the sign-in screen: nobody is signed in
    std::string clock_hhmm;
    const char* back_label = nullptr;  // nullptr: no way back from here
};

struct StaffHeaderResult {
    float height = 0.0F;
    bool back = false;
    bool lock = false;
};

// Draws at the top of the current screen window and leaves the cursor just below the band.
StaffHeaderResult staff_header(const UiResources& ui, const StaffHeader& header);
// The same with the sync status before the name and time ("3 unsent · last sync 16:02").
StaffHeaderResult staff_header(const UiResources& ui, const StaffHeader& header, const std::string& sync_status);

// A section heading inside a staff screen (bold, with a little space above).
void staff_heading(const UiResources& ui, const char* text);
// Muted, wrapped text (hints, prompts).
void staff_hint(const UiResources& ui, const char* text);
// A controller's message: a catalog key ("staff.signin.wrong_pin"), a key with one value for
// its "{}" ("staff.signin.too_soon|10:07"), or a service's own plain sentence.
std::string staff_message_text(const UiResources& ui, const std::string& message);
// A message in the danger colour (a refusal the worker can act on), wrapped.
void staff_problem(const UiResources& ui, const std::string& message);

}  // namespace kiosk::ui
