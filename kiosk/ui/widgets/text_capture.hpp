#pragma once
// Reads back the words a frame put on screen, for tests ("the lobby never shows a surname").
// ImGui's LogToBuffer() captures Text and button labels, but 1.86 ends logging (and empties
// the buffer) at the End() of every top-level window. So each screen window starts and
// collects its own log: begin_screen()/end_screen() call these hooks, and a top-level window
// of ours that is not a screen (a dialog, later) must do the same.
#include <string>

namespace kiosk::ui {

// Turns capturing on (emptying what was captured) or off, for the frames that follow.
void set_text_capture(bool on);
// What the top-level windows drawn since capturing was turned on logged, window by window.
const std::string& captured_text();

// Called right after Begin() and right before End() of a top-level window.
void capture_window_begin();
void capture_window_end();

}  // namespace kiosk::ui
