#include "kiosk/core/merge_rules.hpp"

#include <algorithm>
#include <array>

#include "kiosk/core/visit_code.hpp"

namespace kiosk::core::merge {
namespace {

constexpr std::array<SessionState, 8> kAllStates{SessionState::Booked,     SessionState::ParentArrived,
                                                 SessionState::ChildArrived, SessionState::InProgress,
                                                 SessionState::Ended,      SessionState::EndedEarly,
                                                 SessionState::Cancelled,  SessionState::NoShow};

bool is_missed(SessionState s) { return s == SessionState::Cancelled || s == SessionState::NoShow; }

// Someone came: an arrival, the session under way, or over.
bool is_arrival(SessionState s) { return s != SessionState::Booked && !is_missed(s); }

template <class T>
std::optional<T> first_set(const std::optional<T>& held, const std::optional<T>& incoming) {
    return held ? held : incoming;
}

// A text field of the day: set once, and an empty text is "not set".
std::optional<std::string> first_text(const std::optional<std::string>& held,
                                      const std::optional<std::string>& incoming) {
    if (held && !held->empty()) return held;
    if (incoming && !incoming->empty()) return incoming;
    return held ? held : incoming;
}

}  // namespace

bool reachable(SessionState from, SessionState to) {
    // Breadth-first over the eight states; the machine has no cycles that matter here but
    // ParentArrived <-> ChildArrived, so visited states are remembered.
    std::array<bool, kAllStates.size()> seen{};
    std::vector<SessionState> frontier{from};
    const auto index = [](SessionState s) { return static_cast<std::size_t>(s); };
    seen[index(from)] = true;
    while (!frontier.empty()) {
        const SessionState at = frontier.back();
        frontier.pop_back();
        if (at == to) return true;
        for (const SessionState next : kAllStates) {
            if (!seen[index(next)] && can_transition(at, next)) {
                seen[index(next)] = true;
                frontier.push_back(next);
            }
        }
    }
    return false;
}

SessionStateMerge merge_session_state(SessionState held, SessionState incoming) {
    if (held == incoming) return {held, false};
    // Someone arrives for a session already closed as missed: it stays closed, and a person is
    // told. (The other way round, a no-show after one party arrived, is a step the machine allows.)
    if (is_missed(held) && is_arrival(incoming)) return {held, true};
    const bool forward = reachable(held, incoming);
    const bool backward = reachable(incoming, held);
    // Parent and child arrive in either order, so each can reach the other: neither is further.
    if (forward && !backward) return {incoming, false};
    if (backward && !forward) return {held, false};
    const bool clash = is_arrival(held) && is_missed(incoming);
    return {held, clash};
}

BookingMerge merge_booking(const Booking& held, const Booking& incoming) {
    BookingMerge out;
    Booking& b = out.booking;
    b = incoming;  // what the coordinator books: the incoming side's
    b.uuid = held.uuid;
    const SessionStateMerge state = merge_session_state(held.state, incoming.state);
    b.state = state.state;
    out.needs_a_person = state.needs_a_person;
    b.brought_by = first_text(held.brought_by, incoming.brought_by);
    b.parent_through_at = first_set(held.parent_through_at, incoming.parent_through_at);
    // The family arrived when either side first saw them (issue #16: the arrival watch).
    b.parent_arrived_at = held.parent_arrived_at && incoming.parent_arrived_at
                              ? std::min(*held.parent_arrived_at, *incoming.parent_arrived_at)
                              : (held.parent_arrived_at ? held.parent_arrived_at : incoming.parent_arrived_at);
    b.started_at = first_set(held.started_at, incoming.started_at);
    b.ended_at = first_set(held.ended_at, incoming.ended_at);
    // Why it ended early belongs to the side whose ending the state kept.
    if (b.state == SessionState::EndedEarly) {
        b.ended_early_reason = first_text(held.ended_early_reason, incoming.ended_early_reason);
        b.ended_early_words = first_text(held.ended_early_words, incoming.ended_early_words);
    } else {
        b.ended_early_reason = held.ended_early_reason ? held.ended_early_reason : incoming.ended_early_reason;
        b.ended_early_words = held.ended_early_words ? held.ended_early_words : incoming.ended_early_words;
        if (b.state == SessionState::Ended) {
            b.ended_early_reason = std::string{};
            b.ended_early_words = std::string{};
        }
    }
    return out;
}

std::string allocate_visit_code(const std::optional<std::string>& already_allocated, const std::string& proposed,
                                const std::function<bool(const std::string&)>& taken_by_another,
                                const std::function<std::uint32_t(std::uint32_t)>& uniform) {
    if (already_allocated) return *already_allocated;
    const auto valid = normalize_visit_code(proposed);
    if (valid && *valid == proposed && !taken_by_another(proposed)) return proposed;
    for (;;) {
        std::string code = make_visit_code(uniform);
        if (!taken_by_another(code)) return code;
    }
}

int allocate_version_number(std::optional<int> already_allocated, int proposed, const std::vector<int>& others) {
    if (already_allocated) return *already_allocated;
    const bool free = proposed >= 1 && std::find(others.begin(), others.end(), proposed) == others.end();
    if (free) return proposed;
    const int highest = others.empty() ? 0 : *std::max_element(others.begin(), others.end());
    return std::max(highest, proposed) + 1;
}

AppendDecision merge_check_in(const std::optional<std::string>& held_uuid, const std::string& incoming_uuid) {
    if (!held_uuid) return AppendDecision::Insert;
    return *held_uuid == incoming_uuid ? AppendDecision::Duplicate : AppendDecision::Refused;
}

AppendDecision merge_review(const std::optional<std::string>& held_uuid_for_record, const std::string& incoming_uuid) {
    return merge_check_in(held_uuid_for_record, incoming_uuid);
}

AppendDecision merge_append_only(bool uuid_already_held) {
    return uuid_already_held ? AppendDecision::Duplicate : AppendDecision::Insert;
}

AppendDecision merge_letterbox_item(LetterboxHeld held, bool incoming_decided, Side side) {
    switch (held) {
        case LetterboxHeld::None: return AppendDecision::Insert;
        case LetterboxHeld::Waiting: return incoming_decided ? AppendDecision::Insert : AppendDecision::Duplicate;
        case LetterboxHeld::Decided: break;
    }
    // The hub keeps the first decision it accepted; a device's own decision gives way to the hub's.
    return side == Side::Device && incoming_decided ? AppendDecision::Insert : AppendDecision::Duplicate;
}

std::optional<AlertAcknowledgement> merge_acknowledgement(const std::optional<AlertAcknowledgement>& held,
                                                          const AlertAcknowledgement& incoming, Side side) {
    if (side == Side::Device) return incoming;
    return held ? held : std::optional<AlertAcknowledgement>{incoming};
}

bool accepts_draft_from(const DraftOwner& held, const std::string& from_device, const std::string& incoming_holder) {
    if (held.owner_device.empty()) return incoming_holder == held.holder_uuid;
    return held.owner_device == from_device && incoming_holder == held.holder_uuid;
}

DraftOwner after_handover(const DraftOwner& held, const std::string& to_staff_uuid) {
    (void)held;
    return DraftOwner{.holder_uuid = to_staff_uuid, .owner_device = {}};
}

Staff merge_staff_profile(const Staff& held, const Staff& incoming) {
    Staff out = held;
    const Timestamp held_at = held.profile_updated_at.value_or(Timestamp{});
    const Timestamp incoming_at = incoming.profile_updated_at.value_or(Timestamp{});
    if (incoming_at >= held_at) {
        out.display_name = incoming.display_name;
        out.role = incoming.role;
        out.active = incoming.active;
        if (incoming.pin_hash) out.pin_hash = incoming.pin_hash;
        if (incoming.language) out.language = incoming.language;
        if (incoming.profile_updated_at) out.profile_updated_at = incoming.profile_updated_at;
    } else if (!out.pin_hash && incoming.pin_hash) {
        out.pin_hash = incoming.pin_hash;
    }
    if (incoming.counters) {
        out.counters = held.counters ? merge_counters(*held.counters, *incoming.counters) : *incoming.counters;
    }
    return out;
}

SignInCounters merge_counters(const SignInCounters& a, const SignInCounters& b) {
    if (a.reset_at != b.reset_at) {
        // The later reset forgets what came before it; the attempt time never goes back.
        SignInCounters out = a.reset_at > b.reset_at ? a : b;
        out.last_attempt_at = std::max(a.last_attempt_at, b.last_attempt_at);
        return out;
    }
    return SignInCounters{.failed_attempts = std::max(a.failed_attempts, b.failed_attempts),
                          .total_failures = std::max(a.total_failures, b.total_failures),
                          .locked_until = std::max(a.locked_until, b.locked_until),
                          .last_attempt_at = std::max(a.last_attempt_at, b.last_attempt_at),
                          .reset_at = a.reset_at};
}

AttemptAnswer apply_sign_in_attempt(const SignInCounters& held, bool pin_was_right, Timestamp now,
                                    const SignInPolicy& policy) {
    AttemptAnswer answer;
    const SignInCheck gate = check_sign_in(held, now, policy);
    if (gate.gate != SignInGate::Open) {
        answer.accepted = false;
        answer.counters = held;
        answer.gate = gate;
        return answer;
    }
    answer.accepted = true;
    answer.counters = pin_was_right ? after_success(held, now) : after_failure(held, now, policy);
    answer.gate = check_sign_in(answer.counters, now, policy);
    return answer;
}

}  // namespace kiosk::core::merge
