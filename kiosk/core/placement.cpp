#include "kiosk/core/placement.hpp"

#include "kiosk/core/contact_arrangement.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "kiosk/core/enum_names.hpp"
#include "kiosk/core/text.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<TransitionProblem, 9> kNames{{{
    {TransitionProblem::NoConnection, "no_connection"},
    {TransitionProblem::NoPlatform, "no_platform"},
    {TransitionProblem::NoOutcome, "no_outcome"},
    {TransitionProblem::TextProblem, "text_problem"},
    {TransitionProblem::NotesRemoved, "notes_removed"},
    {TransitionProblem::NoParticipants, "no_participants"},
    {TransitionProblem::NoEndReason, "no_end_reason"},
    {TransitionProblem::NoFacilitator, "no_facilitator"},
    {TransitionProblem::UnknownRole, "unknown_role"},
}}};

constexpr std::array<std::string_view, 6> kRoles{kRoleChild,       kRoleParents,       kRoleCarers,
                                                 kRoleOtherFamily, kRoleChildsWorker, kRoleSupportWorker};
constexpr std::array<std::string_view, 2> kFacilitators{kRoleChildsWorker, kRoleSupportWorker};

bool all_known(const std::vector<std::string>& roles, std::span<const std::string_view> allowed) {
    return std::all_of(roles.begin(), roles.end(), [&](const std::string& r) {
        return std::find(allowed.begin(), allowed.end(), r) != allowed.end();
    });
}

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
}

bool all_text_ok(std::initializer_list<std::string_view> texts) {
    return std::all_of(texts.begin(), texts.end(),
                       [](std::string_view t) { return check_free_text(t) == TextProblem::None; });
}
}  // namespace

std::string_view to_string(TransitionProblem problem) { return kNames.name(problem); }

std::span<const std::string_view> transition_roles() { return kRoles; }
std::span<const std::string_view> icebreaker_facilitators() { return kFacilitators; }
bool is_transition_role(std::string_view key) { return std::find(kRoles.begin(), kRoles.end(), key) != kRoles.end(); }

std::string join_roles(const std::vector<std::string>& roles) {
    std::string out;
    for (const auto& role : roles) out += (out.empty() ? "" : ",") + role;
    return out;
}

std::vector<std::string> split_roles(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const std::string_view one = text.substr(0, comma);
        if (is_transition_role(one) && std::find(out.begin(), out.end(), one) == out.end()) out.emplace_back(one);
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    return out;
}

std::vector<TransitionProblem> check_comfort_call(const ComfortCall& call) {
    std::vector<TransitionProblem> out;
    const auto& p = call.plan;
    if (blank(p.critical_connection)) out.push_back(TransitionProblem::NoConnection);
    if (!is_call_platform(p.platform)) {  // the seeds' platforms, as a virtual session's (issue #16)
        out.push_back(TransitionProblem::NoPlatform);
    }
    if (call.held && blank(call.how_it_went)) out.push_back(TransitionProblem::NoOutcome);
    if (call.held && call.participants.empty()) out.push_back(TransitionProblem::NoParticipants);
    if (call.held && call.ended_early && blank(call.ended_reason)) out.push_back(TransitionProblem::NoEndReason);
    if (!all_known(call.participants, kRoles)) out.push_back(TransitionProblem::UnknownRole);
    if (!all_text_ok({p.critical_connection, p.child_wants_to_say, p.family_wants_to_say, p.urgent_needs,
                      p.comfort_item_and_routine, p.allergies_and_medicines, p.formula_or_baby_food,
                      p.nap_and_feeding, call.how_it_went, call.ended_reason})) {
        out.push_back(TransitionProblem::TextProblem);
    }
    return out;
}

std::vector<TransitionProblem> check_icebreaker(const Icebreaker& m) {
    std::vector<TransitionProblem> out;
    if (m.held && blank(m.routines) && blank(m.needs) && blank(m.culture)) out.push_back(TransitionProblem::NoOutcome);
    if (m.held && m.facilitated_by.empty()) out.push_back(TransitionProblem::NoFacilitator);
    if (m.held && m.attended.empty() && blank(m.other_attendees)) out.push_back(TransitionProblem::NoParticipants);
    if (!all_known(m.facilitated_by, kFacilitators) || !all_known(m.attended, kRoles)) {
        out.push_back(TransitionProblem::UnknownRole);
    }
    if (!all_text_ok({m.routines, m.needs, m.culture}) || check_short_text(m.other_attendees) != TextProblem::None) {
        out.push_back(TransitionProblem::TextProblem);
    }
    return out;
}

}  // namespace kiosk::core
