// Table tests for the venue's merge rules (issue #13, item 4): the hub and every device apply
// these, so each rule is checked both ways round where order must not matter.
#include <catch2/catch_test_macros.hpp>

#include <set>

#include "kiosk/core/merge_rules.hpp"

using namespace kiosk::core;
using namespace kiosk::core::merge;
using namespace std::chrono_literals;

namespace {
const Timestamp t0 = from_unix(1'795'000'000);
using S = SessionState;

std::uint32_t first(std::uint32_t) { return 0; }
}  // namespace

TEST_CASE("session state merges to the furthest state the machine allows, whichever side holds it") {
    struct Row {
        S held;
        S incoming;
        S merged;
        bool person;
    };
    const Row rows[] = {
        {S::Booked, S::ParentArrived, S::ParentArrived, false},
        {S::ParentArrived, S::Booked, S::ParentArrived, false},
        {S::Booked, S::InProgress, S::InProgress, false},
        {S::InProgress, S::ChildArrived, S::InProgress, false},
        {S::ChildArrived, S::Ended, S::Ended, false},
        {S::Ended, S::InProgress, S::Ended, false},
        {S::EndedEarly, S::Booked, S::EndedEarly, false},
        {S::Booked, S::NoShow, S::NoShow, false},
        {S::Booked, S::Cancelled, S::Cancelled, false},
        // Parent and child arrive in either order: neither is further; the held one stays.
        {S::ParentArrived, S::ChildArrived, S::ParentArrived, false},
        {S::ChildArrived, S::ParentArrived, S::ChildArrived, false},
        // The machine allows a no-show after an arrival of one party (the other never came).
        {S::ParentArrived, S::NoShow, S::NoShow, false},
        {S::ChildArrived, S::Cancelled, S::Cancelled, false},
        // An arrival that meets a closed session goes to a person, both ways round.
        {S::NoShow, S::ParentArrived, S::NoShow, true},
        {S::Cancelled, S::ChildArrived, S::Cancelled, true},
        {S::NoShow, S::InProgress, S::NoShow, true},
        {S::Cancelled, S::Ended, S::Cancelled, true},
        {S::InProgress, S::NoShow, S::InProgress, true},
        {S::Ended, S::Cancelled, S::Ended, true},
        // Two closings that are not arrivals: the held one, nobody needed.
        {S::NoShow, S::Cancelled, S::NoShow, false},
        {S::Ended, S::EndedEarly, S::Ended, false},
        {S::InProgress, S::InProgress, S::InProgress, false},
    };
    for (const auto& row : rows) {
        CAPTURE(to_string(row.held), to_string(row.incoming));
        const auto merged = merge_session_state(row.held, row.incoming);
        CHECK(merged.state == row.merged);
        CHECK(merged.needs_a_person == row.person);
    }
}

TEST_CASE("merging session states converges: applying the same reports in any order ends in one state") {
    const S all[] = {S::Booked, S::ParentArrived, S::ChildArrived, S::InProgress, S::Ended, S::EndedEarly};
    for (const S a : all) {
        for (const S b : all) {
            const S ab = merge_session_state(merge_session_state(S::Booked, a).state, b).state;
            const S ba = merge_session_state(merge_session_state(S::Booked, b).state, a).state;
            CAPTURE(to_string(a), to_string(b));
            // Sideways pairs (parent/child arrived, each reachable from the other; ended/ended early,
            // neither) keep whichever came first; every strictly ordered pair agrees.
            const bool strictly_ordered = reachable(a, b) != reachable(b, a);
            if (strictly_ordered) CHECK(ab == ba);
        }
    }
}

TEST_CASE("a booking keeps the coordinator's latest fields, the furthest state and the day's first details") {
    replica::Booking held;
    held.uuid = "h";
    held.state = S::InProgress;
    held.brought_by = "Helen, carer";
    held.started_at = t0;
    held.minutes = 60;
    held.visit_code = "KT4MPX";
    replica::Booking incoming = held;
    incoming.uuid = "ignored";
    incoming.state = S::ChildArrived;
    incoming.brought_by = "someone else";
    incoming.started_at = std::nullopt;
    incoming.parent_through_at = t0 + 5min;
    incoming.minutes = 90;
    const auto merged = merge_booking(held, incoming);
    CHECK(merged.booking.uuid == "h");
    CHECK(merged.booking.state == S::InProgress);
    CHECK(merged.booking.brought_by == "Helen, carer");
    CHECK(merged.booking.started_at == t0);
    CHECK(merged.booking.parent_through_at == t0 + 5min);
    CHECK(merged.booking.minutes == 90);
    CHECK_FALSE(merged.needs_a_person);

    replica::Booking early = held;
    early.state = S::EndedEarly;
    early.ended_early_reason = "child_distressed";
    early.ended_early_words = "";
    const auto ended = merge_booking(held, early);
    CHECK(ended.booking.state == S::EndedEarly);
    CHECK(ended.booking.ended_early_reason == "child_distressed");

    replica::Booking closed = held;
    closed.state = S::NoShow;
    CHECK(merge_booking(closed, held).needs_a_person);
    CHECK(merge_booking(closed, held).booking.state == S::NoShow);
}

TEST_CASE("the hub keeps a proposed visit code when free, allocates another when taken, and never moves one it gave") {
    const std::set<std::string> taken{"KT4MPX"};
    const auto is_taken = [&](const std::string& code) { return taken.count(code) > 0; };
    CHECK(allocate_visit_code(std::nullopt, "KT4MPY", is_taken, first) == "KT4MPY");
    const std::string other = allocate_visit_code(std::nullopt, "KT4MPX", is_taken, first);
    CHECK(other != "KT4MPX");
    CHECK(other.size() == 6);
    CHECK(allocate_visit_code(std::string{"KT4MPW"}, "KT4MPY", is_taken, first) == "KT4MPW");
    // A proposal that is not a valid code is replaced too.
    CHECK(allocate_visit_code(std::nullopt, "bad", is_taken, first) != "bad");
}

TEST_CASE("agreement version numbers: a free proposal stays, a taken one becomes one more than the highest") {
    CHECK(allocate_version_number(std::nullopt, 2, {1}) == 2);
    CHECK(allocate_version_number(std::nullopt, 2, {1, 2}) == 3);
    CHECK(allocate_version_number(std::nullopt, 1, {1, 2, 5}) == 6);
    CHECK(allocate_version_number(std::nullopt, 0, {}) == 1);
    CHECK(allocate_version_number(4, 2, {1, 2}) == 4);
}

TEST_CASE("check-ins are one per session and adult, the first wins; reviews one per record") {
    CHECK(merge_check_in(std::nullopt, "a") == AppendDecision::Insert);
    CHECK(merge_check_in(std::string{"a"}, "a") == AppendDecision::Duplicate);
    CHECK(merge_check_in(std::string{"a"}, "b") == AppendDecision::Refused);
    CHECK(merge_review(std::nullopt, "r") == AppendDecision::Insert);
    CHECK(merge_review(std::string{"r"}, "s") == AppendDecision::Refused);
    CHECK(merge_append_only(false) == AppendDecision::Insert);
    CHECK(merge_append_only(true) == AppendDecision::Duplicate);
}

TEST_CASE("an alert's first acknowledgement wins at the hub, and a device takes the hub's") {
    const replica::AlertAcknowledgement jo{"alert", "jo", t0};
    const replica::AlertAcknowledgement sam{"alert", "sam", t0 - 1min};
    CHECK(merge_acknowledgement(std::nullopt, jo, Side::Hub)->acknowledged_by_uuid == "jo");
    // Sam's was made earlier on a device that was offline, but Jo's reached the hub first.
    CHECK(merge_acknowledgement(jo, sam, Side::Hub)->acknowledged_by_uuid == "jo");
    CHECK(merge_acknowledgement(sam, jo, Side::Device)->acknowledged_by_uuid == "jo");
}

TEST_CASE("a draft is written on one device; a hand-over moves it to the new holder's first device") {
    const DraftOwner owned{.holder_uuid = "jo", .owner_device = "tablet-1"};
    CHECK(accepts_draft_from(owned, "tablet-1", "jo"));
    CHECK_FALSE(accepts_draft_from(owned, "tablet-2", "jo"));
    CHECK_FALSE(accepts_draft_from(owned, "tablet-1", "sam"));
    const DraftOwner handed = after_handover(owned, "sam");
    CHECK(handed.holder_uuid == "sam");
    CHECK(handed.owner_device.empty());
    // The old device's edits by Jo are refused from now on; Sam's first device claims it.
    CHECK_FALSE(accepts_draft_from(handed, "tablet-1", "jo"));
    CHECK(accepts_draft_from(handed, "tablet-2", "sam"));
}

TEST_CASE("staff profiles are newest-wins; fields a scoped feed left out are kept") {
    replica::Staff held{.uuid = "s", .display_name = "Jo", .role = Role::Worker, .active = true,
                        .pin_hash = "$argon2id$old", .counters = std::nullopt, .profile_updated_at = t0,
                        .language = std::nullopt};
    replica::Staff newer = held;
    newer.display_name = "Joanna";
    newer.pin_hash = std::nullopt;  // a lobby's copy: no hash
    newer.profile_updated_at = t0 + 1h;
    const auto merged = merge_staff_profile(held, newer);
    CHECK(merged.display_name == "Joanna");
    CHECK(merged.pin_hash == "$argon2id$old");
    replica::Staff older = held;
    older.display_name = "Old name";
    older.active = false;
    older.profile_updated_at = t0 - 1h;
    CHECK(merge_staff_profile(held, older).display_name == "Jo");
    CHECK(merge_staff_profile(held, older).active);
    // A tie goes to the incoming side (the hub's order).
    replica::Staff same_time = held;
    same_time.role = Role::Coordinator;
    CHECK(merge_staff_profile(held, same_time).role == Role::Coordinator);
}

TEST_CASE("sign-in counters merge by max within one reset, and a later reset wins whole") {
    const SignInCounters a{.failed_attempts = 4, .total_failures = 4, .locked_until = {}, .last_attempt_at = t0,
                           .reset_at = t0 - 1h};
    const SignInCounters b{.failed_attempts = 0, .total_failures = 10, .locked_until = t0 + 15min,
                           .last_attempt_at = t0 - 1min, .reset_at = t0 - 1h};
    const auto ab = merge_counters(a, b);
    CHECK(ab.failed_attempts == 4);
    CHECK(ab.total_failures == 10);
    CHECK(ab.locked_until == t0 + 15min);
    CHECK(ab.last_attempt_at == t0);
    const auto ba = merge_counters(b, a);
    CHECK(ba.total_failures == ab.total_failures);
    CHECK(ba.locked_until == ab.locked_until);
    // A coordinator's reset after both clears them, but time never runs back.
    const SignInCounters reset{.failed_attempts = 0, .total_failures = 0, .locked_until = {},
                               .last_attempt_at = t0 - 30min, .reset_at = t0 - 30min};
    const auto cleared = merge_counters(ab, reset);
    CHECK(cleared.total_failures == 0);
    CHECK(cleared.locked_until == Timestamp{});
    CHECK(cleared.last_attempt_at == t0);
    CHECK(merge_counters(reset, ab).total_failures == 0);
}

TEST_CASE("the hub counts a failed PIN while its gate is open and refuses even a right PIN once locked") {
    SignInCounters c{};
    Timestamp now = t0;
    for (int i = 0; i < 10; ++i) {
        const auto answer = apply_sign_in_attempt(c, false, now);
        REQUIRE(answer.accepted);
        c = answer.counters;
        now += 2min;  // beyond every slow-down
    }
    CHECK(check_sign_in(c, now).gate == SignInGate::Locked);
    const auto right_pin = apply_sign_in_attempt(c, true, now);
    CHECK_FALSE(right_pin.accepted);
    CHECK(right_pin.gate.gate == SignInGate::Locked);
    CHECK(right_pin.counters.total_failures == 10);
    // After the lock a right PIN clears the counters and says when.
    const auto later = apply_sign_in_attempt(c, true, now + 20min);
    CHECK(later.accepted);
    CHECK(later.counters.total_failures == 0);
    CHECK(later.counters.reset_at == now + 20min);
}

TEST_CASE("a letterbox item: waiting then decided once; the hub keeps the first decision, a device takes the hub's") {
    using H = LetterboxHeld;
    using D = AppendDecision;
    struct Row {
        H held;
        bool incoming_decided;
        Side side;
        D expected;
    };
    const Row rows[] = {
        {H::None, false, Side::Hub, D::Insert},        {H::None, true, Side::Hub, D::Insert},
        {H::Waiting, false, Side::Hub, D::Duplicate},  {H::Waiting, true, Side::Hub, D::Insert},
        {H::Decided, false, Side::Hub, D::Duplicate},  {H::Decided, true, Side::Hub, D::Duplicate},  // first stands
        {H::None, true, Side::Device, D::Insert},      {H::Waiting, true, Side::Device, D::Insert},
        {H::Decided, false, Side::Device, D::Duplicate},  // never back to waiting
        {H::Decided, true, Side::Device, D::Insert},   // the hub's decision replaces the device's own
    };
    for (const Row& r : rows) {
        CAPTURE(static_cast<int>(r.held), r.incoming_decided, static_cast<int>(r.side));
        CHECK(merge_letterbox_item(r.held, r.incoming_decided, r.side) == r.expected);
    }
}
