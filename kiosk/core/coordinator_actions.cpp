#include "kiosk/core/coordinator_actions.hpp"

#include "kiosk/core/enum_names.hpp"
#include "kiosk/core/text.hpp"

namespace kiosk::core {
namespace {
constexpr std::size_t kMaxReasonBytes = 2000;

constexpr EnumNames<ActionProblem, 14> kNames{{{
    {ActionProblem::ReasonMissing, "reason_missing"},
    {ActionProblem::BadText, "bad_text"},
    {ActionProblem::NotADraft, "not_a_draft"},
    {ActionProblem::SameHolder, "same_holder"},
    {ActionProblem::CannotWrite, "cannot_write"},
    {ActionProblem::NotBooked, "not_booked"},
    {ActionProblem::AlreadyStarted, "already_started"},
    {ActionProblem::NewTimeInPast, "new_time_in_past"},
    {ActionProblem::SameTime, "same_time"},
    {ActionProblem::AlreadyClosed, "already_closed"},
    {ActionProblem::PlacedInFuture, "placed_in_future"},
    {ActionProblem::PlacedTooLongAgo, "placed_too_long_ago"},
    {ActionProblem::LastCoordinator, "last_coordinator"},
    {ActionProblem::Yourself, "yourself"},
}}};

void add_reason_problem(std::vector<ActionProblem>& out, std::string_view reason) {
    if (const auto problem = check_reason(reason)) out.push_back(*problem);
}
}  // namespace

std::string_view to_string(ActionProblem problem) { return kNames.name(problem); }

std::optional<ActionProblem> check_reason(std::string_view text) {
    if (check_free_text(text, kMaxReasonBytes) != TextProblem::None) return ActionProblem::BadText;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return ActionProblem::ReasonMissing;
    return std::nullopt;
}

std::vector<ActionProblem> check_handover(const ObservationRecord& record, Id current_holder, const StaffMember& to,
                                          std::string_view reason) {
    std::vector<ActionProblem> out;
    if (record.state != RecordState::Draft) out.push_back(ActionProblem::NotADraft);
    if (to.id == current_holder) out.push_back(ActionProblem::SameHolder);
    if (!to.active || to.role != Role::Worker) out.push_back(ActionProblem::CannotWrite);
    add_reason_problem(out, reason);
    return out;
}

std::vector<ActionProblem> check_cancel(const Session& session, Timestamp now, std::string_view reason) {
    std::vector<ActionProblem> out;
    if (session.state != SessionState::Booked) {
        out.push_back(ActionProblem::NotBooked);
    } else if (session.starts_at <= now) {
        // Once it has begun it is a no-show or ended early, recorded as what happened.
        out.push_back(ActionProblem::AlreadyStarted);
    }
    add_reason_problem(out, reason);
    return out;
}

std::vector<ActionProblem> check_move(const Session& session, Timestamp new_start, Timestamp now, std::string_view reason) {
    std::vector<ActionProblem> out = check_cancel(session, now, reason);
    if (new_start <= now) out.push_back(ActionProblem::NewTimeInPast);
    if (new_start == session.starts_at) out.push_back(ActionProblem::SameTime);
    return out;
}

std::vector<ActionProblem> check_close_referral(const Referral& referral, std::string_view reason) {
    std::vector<ActionProblem> out;
    if (referral.status == ReferralStatus::Closed) out.push_back(ActionProblem::AlreadyClosed);
    add_reason_problem(out, reason);
    return out;
}

std::vector<ActionProblem> check_resolve_flag(std::string_view note) {
    std::vector<ActionProblem> out;
    add_reason_problem(out, note);
    return out;
}

std::vector<ActionProblem> check_new_placement(Timestamp placed_at, Timestamp now) {
    std::vector<ActionProblem> out;
    if (placed_at > now) out.push_back(ActionProblem::PlacedInFuture);
    if (placed_at < now - std::chrono::days{kPlacementLookbackDays}) out.push_back(ActionProblem::PlacedTooLongAgo);
    return out;
}

std::vector<ActionProblem> check_deactivate(const StaffMember& member, Id acting_staff_id, int active_coordinators) {
    std::vector<ActionProblem> out;
    if (member.id == acting_staff_id) out.push_back(ActionProblem::Yourself);
    if (member.active && member.role == Role::Coordinator && active_coordinators <= 1) {
        out.push_back(ActionProblem::LastCoordinator);
    }
    return out;
}

}  // namespace kiosk::core
