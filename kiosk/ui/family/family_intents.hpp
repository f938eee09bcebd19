#pragma once
// Intents every family screen can return, beside its own.
namespace kiosk::ui {

// "Start again": wipe what was entered and go back to the attract screen.
struct StartAgain {};

}  // namespace kiosk::ui
