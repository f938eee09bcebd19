#pragma once
// A session the family did not come to, or that was cancelled: who it was and why, so the
// social worker's notice says it plainly.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/scheduling_rules.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

inline constexpr int kDefaultMissedRunThreshold = 3;

std::string_view to_string(Attendance attendance);
std::optional<Attendance> parse_attendance(std::string_view text);

struct MissedSession {
    Id id = 0;
    Id session_id = 0;
    Attendance kind = Attendance::NoShow;
    std::string who;     // "Mum", "the carer", "the service (worker ill)"
    std::string reason;  // "No answer on the phone", "Child unwell"
    Id recorded_by = 0;
    Timestamp recorded_at{};
};

enum class MissedSessionProblem { NotMissed, NoWho, NoReason, TextProblem };
std::string_view to_string(MissedSessionProblem problem);

std::vector<MissedSessionProblem> check_missed_session(const MissedSession& missed);

}  // namespace kiosk::core
