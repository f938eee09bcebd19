#pragma once
// How two versions of one venue entity become one (issue #13, item 4; docs/sync-api.md "The
// venue", "Merge rules"). The hub applies every message it stores through these functions, and
// a device applies every change it pulls through them, so a venue converges whatever order the
// messages take. Pure: no I/O, no clock; the caller says when "now" is.
//
// Who decides: where the hub's word and a device's differ (an alert's first acknowledgement, a
// visit code, a version number), the hub's order decides and the device takes what the hub sends.
// Rules that are the same on both sides (a session's furthest state, counters by max) are
// commutative, so the device may apply them against its own unsent changes.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/replica.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/sign_in_policy.hpp"

namespace kiosk::core::merge {

using replica::AlertAcknowledgement;
using replica::Booking;
using replica::Staff;

// ---- sessions ----

struct SessionStateMerge {
    SessionState state = SessionState::Booked;
    // An arrival (parent or child arrived, started, ended) met a session closed as a no-show or
    // cancelled, or the other way round: the state stays as the hub has it and a person is told
    // (the hub raises an AlertKind::ArrivalAfterClose alert). Never decided silently.
    bool needs_a_person = false;
};

// The furthest state the session machine allows: if either state can be reached from the other
// (core::can_transition, step by step), the later one; otherwise the one already held. An arrival
// (parent or child arrived, started, ended) that meets a session held as a no-show or cancelled
// stays closed with `needs_a_person`; so does a no-show or cancellation that meets a session
// already under way or over. A no-show after one party arrived is a step the machine allows.
// Booked < ParentArrived, ChildArrived < InProgress < Ended, EndedEarly; Cancelled and NoShow close.
SessionStateMerge merge_session_state(SessionState held, SessionState incoming);

// Whether `to` can be reached from `from` by the session machine's steps (from == to counts).
bool reachable(SessionState from, SessionState to);

// A booking as two sides hold it. What the coordinator books (agreement version, child, room,
// worker, start, length, arrival windows, visit code) is the incoming side's: only a coordinator
// changes it, and the hub's order is the order of those changes (the hub then puts its own
// visit code allocation over it). The state merges by merge_session_state. The day's details
// (who brought the child, the times, why it ended early) are set once: a field already held
// stays, an empty one is filled from the incoming side.
struct BookingMerge {
    Booking booking;
    bool needs_a_person = false;
};
BookingMerge merge_booking(const Booking& held, const Booking& incoming);

// ---- hub allocations: visit codes and agreement version numbers ----

// A booking made offline carries a proposed visit code. The hub keeps it when no other session
// of the venue has it, else draws another with `uniform` (as core::make_visit_code). An entity
// the hub already holds keeps the code it was given, whatever a device proposes later.
std::string allocate_visit_code(const std::optional<std::string>& already_allocated, const std::string& proposed,
                                const std::function<bool(const std::string&)>& taken_by_another,
                                const std::function<std::uint32_t(std::uint32_t)>& uniform);

// An agreement version's number: kept when no other version of the same agreement has it,
// else one more than the highest (`others`: the numbers the agreement's other versions hold).
// A version the hub already holds keeps its number.
int allocate_version_number(std::optional<int> already_allocated, int proposed, const std::vector<int>& others);

// ---- append-only things ----

// Where a merge runs: the hub decides first-come; a device takes what the hub decided.
enum class Side { Hub, Device };

enum class AppendDecision {
    Insert,     // new: keep it
    Duplicate,  // this very entity (same UUID) is already there: nothing to do
    Refused,    // another entity already holds the place (the first one wins): keep that one
};

// Check-ins: one per (session, adult), the first wins. `held_uuid` is the UUID of the check-in
// already held for the same session and adult, if any.
AppendDecision merge_check_in(const std::optional<std::string>& held_uuid, const std::string& incoming_uuid);

// Reviews: one per final record (by record UUID), the first wins.
AppendDecision merge_review(const std::optional<std::string>& held_uuid_for_record, const std::string& incoming_uuid);

// Addenda, concerns, alerts, hand-overs, feedback: each UUID once, never changed.
AppendDecision merge_append_only(bool uuid_already_held);

// A letterbox item (issue #16, item 3): logged it waits, then one worker decides it. A decision
// never goes back to waiting and the first decision to reach the hub stands, on the hub and on
// every device (a device that decided the same item meanwhile takes the hub's). `held`: nothing
// held, or whether the held copy is decided. Insert: take the incoming copy (new, or the decision
// of a waiting item); Duplicate: the held copy stays.
enum class LetterboxHeld { None, Waiting, Decided };
AppendDecision merge_letterbox_item(LetterboxHeld held, bool incoming_decided, Side side);

// An alert's first acknowledgement wins. On the hub, the first to arrive stays; on a device the
// hub's acknowledgement replaces one made locally (it is the one that reached the hub first).
std::optional<AlertAcknowledgement> merge_acknowledgement(const std::optional<AlertAcknowledgement>& held,
                                                          const AlertAcknowledgement& incoming, Side side);

// ---- drafts: one author's device ----

struct DraftOwner {
    std::string holder_uuid;   // the worker who may write it
    std::string owner_device;  // the device whose copy is written; "" when unclaimed
};

// Whether a draft snapshot from `from_device` may replace the held one: only the owning device
// writes a draft; an unclaimed draft (after a hand-over) is claimed by the first device that
// sends an edit by its holder. A final record is never a draft again.
bool accepts_draft_from(const DraftOwner& held, const std::string& from_device, const std::string& incoming_holder);

// A coordinator's hand-over: the new holder, no device yet (the first device the holder writes
// on claims it); the old device's copy is read-only from the moment the hand-over reaches it.
DraftOwner after_handover(const DraftOwner& held, const std::string& to_staff_uuid);

// ---- staff accounts ----

// Name, role, active and PIN hash: the newer profile_updated_at wins; on a tie the incoming one
// (the hub's order). Fields the incoming version lacks (a scoped feed) are kept.
Staff merge_staff_profile(const Staff& held, const Staff& incoming);

// Lockout counters: a later reset (a right PIN, a coordinator) wins whole; within the same
// reset each counter is the larger of the two, so failures on two devices are never forgotten
// (nor added twice: a failure counted locally and at the hub is one failure).
SignInCounters merge_counters(const SignInCounters& a, const SignInCounters& b);

// The hub's answer to one sign-in attempt (POST /api/v1/sign-in-attempts). A failure is counted
// when the hub's gate is open; a success clears the counters only when the gate is open, so a
// right PIN on a tablet that has not yet heard of a lock is still refused.
struct AttemptAnswer {
    bool accepted = false;
    SignInCounters counters;
    SignInCheck gate;  // the hub's gate after the attempt
};
AttemptAnswer apply_sign_in_attempt(const SignInCounters& held, bool pin_was_right, Timestamp now,
                                    const SignInPolicy& policy = {});

}  // namespace kiosk::core::merge
