#pragma once
// The fact-not-opinion nudge, drawn: the text wrapped to the width available with the
// interpreting words underlined, then a gentle hint. It is a read-only preview beside the
// field (ImGui's text field cannot underline its own words); it never blocks saving.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

// `ranges` are byte ranges [begin, end) into `text`, in order and not overlapping.
void nudge_text(const UiResources& ui, const std::string& text,
                const std::vector<std::pair<std::size_t, std::size_t>>& ranges, const char* hint);

}  // namespace kiosk::ui
