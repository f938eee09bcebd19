#include "kiosk/core/missed_session.hpp"

#include <algorithm>

#include "kiosk/core/enum_names.hpp"
#include "kiosk/core/text.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<Attendance, 4> kAttendanceNames{{{
    {Attendance::Attended, "attended"},
    {Attendance::NoShow, "no_show"},
    {Attendance::CancelledByFamily, "cancelled_by_family"},
    {Attendance::CancelledByService, "cancelled_by_service"},
}}};
constexpr EnumNames<MissedSessionProblem, 4> kProblemNames{{{
    {MissedSessionProblem::NotMissed, "not_missed"},
    {MissedSessionProblem::NoWho, "no_who"},
    {MissedSessionProblem::NoReason, "no_reason"},
    {MissedSessionProblem::TextProblem, "text_problem"},
}}};

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
}
}  // namespace

std::string_view to_string(Attendance attendance) { return kAttendanceNames.name(attendance); }
std::optional<Attendance> parse_attendance(std::string_view text) { return kAttendanceNames.parse(text); }
std::string_view to_string(MissedSessionProblem problem) { return kProblemNames.name(problem); }

std::vector<MissedSessionProblem> check_missed_session(const MissedSession& m) {
    std::vector<MissedSessionProblem> out;
    if (m.kind == Attendance::Attended) out.push_back(MissedSessionProblem::NotMissed);
    if (blank(m.who)) out.push_back(MissedSessionProblem::NoWho);
    if (blank(m.reason)) out.push_back(MissedSessionProblem::NoReason);
    if (check_short_text(m.who) != TextProblem::None || check_free_text(m.reason, 4000) != TextProblem::None) {
        out.push_back(MissedSessionProblem::TextProblem);
    }
    return out;
}

}  // namespace kiosk::core
