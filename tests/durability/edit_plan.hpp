#pragma once
// Which edit the crash test's helper makes at each step, shared by the helper and the test:
// every third edit rewrites a section (cycling through all ten), the others add a timeline
// entry. Each edit's text carries its number.
#include <optional>
#include <string>

#include "kiosk/core/observation_record.hpp"

namespace kiosk::testing {

inline std::string edit_text(long edit) { return "edit-" + std::to_string(edit); }

inline std::optional<long> edit_number(const std::string& text) {
    if (text.rfind("edit-", 0) != 0) return std::nullopt;
    return std::stol(text.substr(5));
}

inline std::optional<core::RecordSection> section_edited_by(long edit) {
    if (edit % 3 != 0) return std::nullopt;
    return static_cast<core::RecordSection>((edit / 3) % 10);
}

}  // namespace kiosk::testing
