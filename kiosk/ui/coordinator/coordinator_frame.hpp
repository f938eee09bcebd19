#pragma once
// The frame of every coordinator screen: a navigation rail down the left (Referrals,
// Deadlines, Records, Schedule, Transition, Staff, Sync), a heading with the signed-in coordinator, the
// date and the sync status line, and a scrolling content area. Sized for a 1280x800 tablet or desktop.
#include <optional>
#include <string>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

enum class CoordinatorTab { Referrals, Deadlines, Records, Schedule, Transition, Staff, Sync };

struct CoordinatorFrameView {
    CoordinatorTab tab = CoordinatorTab::Referrals;
    std::string coordinator_name;  // "Alex"
    std::string today;             // "Monday 23 November, 10:05"
    int overdue = 0;               // shown on the Deadlines tab so it is seen from anywhere
    std::string sync_status;       // "3 unsent · last sync 16:02"
};

// Begins the screen window and its content child; returns the tab tapped this frame.
std::optional<CoordinatorTab> begin_coordinator_screen(const char* window_name, const char* title,
                                                       const CoordinatorFrameView& frame, const UiResources& ui);
void end_coordinator_screen();

}  // namespace kiosk::ui
