#pragma once
// The scrolling body of a staff form screen: from just below the header to the top of the
// on-screen keyboard, padded, on the screen's background, with room at its end so the field
// being typed in can scroll above the keyboard. Every begin_staff_body needs its end.
// Screens that work side by side (the session, the record, a life-story note, a letter to check)
// split that body into two scrolling columns the same way: begin_staff_columns, then each column
// between begin_*_column and end_staff_column, then end_staff_columns.
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

void begin_staff_body(const UiResources& ui, const char* id, float header_height);
void end_staff_body();

struct StaffColumnsLayout {
    float left_fraction = 0.5F;  // of the window's width
    float padding_x_em = 1.0F;
    float padding_y_em = 0.6F;
};

// Where the two columns are: both end above the on-screen keyboard, so the field being typed in
// either is never under it.
struct StaffColumns {
    float top = 0.0F;
    float left_width = 0.0F;
    float right_width = 0.0F;
    float height = 0.0F;
};

StaffColumns begin_staff_columns(const UiResources& ui, float header_height, const StaffColumnsLayout& layout);
// `below`: room the screen keeps at the top of the right column for something fixed (the
// record's actions), drawn by the screen itself at (left_width, top).
void begin_left_column(const StaffColumns& columns, const char* id);
void begin_right_column(const StaffColumns& columns, const char* id, float below = 0.0F);
// `keyboard_room`: the column holds a field the keyboard could cover, so it can scroll above it.
void end_staff_column(bool keyboard_room);
void end_staff_columns();

}  // namespace kiosk::ui
