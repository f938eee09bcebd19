#pragma once
// A safeguarding concern raised by a worker during or after contact. It is saved at once and
// queued in the fast lane, so it goes to the social work team as soon as any network is there.
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

// low: note and pass on; medium: tell the social worker today; high: tell them now;
// immediate_danger: a child is at risk of harm now (call the emergency services first).
enum class ConcernSeverity { Low, Medium, High, ImmediateDanger };
std::string_view to_string(ConcernSeverity severity);
std::optional<ConcernSeverity> parse_concern_severity(std::string_view text);

struct Concern {
    Id id = 0;
    Id session_id = 0;
    Id raised_by = 0;  // staff id
    Timestamp raised_at{};
    ConcernSeverity severity = ConcernSeverity::Medium;
    std::string text;  // what was seen and heard; emptied on the device once synced (store/entry_purge)
};

}  // namespace kiosk::core
