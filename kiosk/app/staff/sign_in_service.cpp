#include "kiosk/app/staff/sign_in_service.hpp"

#include <algorithm>

#include "kiosk/app/pin_hash.hpp"
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/app/staff_actor.hpp"
#include "kiosk/core/merge_rules.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {

std::optional<std::string_view> SignInService::pin_problem(std::string_view pin) {
    if (pin.size() < kMinimumPinDigits) return "staff.error.pin_too_short";
    if (!std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return "staff.error.pin_digits_only";
    }
    if (pin.size() > 64) return "staff.error.pin_too_long";
    return std::nullopt;
}

SignInResult SignInService::sign_in(core::Id staff_id, std::string_view pin) {
    store::StaffRepository staff(db_);
    const auto member = staff.find(staff_id);
    const auto hash = staff.pin_hash(staff_id);
    if (!member || !member->active || !hash || hash->empty()) return {SignInOutcome::Unavailable, std::nullopt, {}, 0};

    const core::Timestamp now = clock_.now();
    const core::SignInCounters before = staff.sign_in_counters(staff_id);
    const core::SignInCheck gate = core::check_sign_in(before, now, policy_);
    switch (gate.gate) {
        case core::SignInGate::Open: break;
        case core::SignInGate::Wait: return {SignInOutcome::TooSoon, std::nullopt, gate.try_again_at, 0};
        case core::SignInGate::Locked: return {SignInOutcome::Locked, std::nullopt, gate.try_again_at, 0};
        case core::SignInGate::NeedsCoordinatorReset:
            return {SignInOutcome::NeedsCoordinatorReset, std::nullopt, {}, 0};
    }

    // The failure is counted before the PIN is checked, so cutting the power during the
    // (deliberately slow) check cannot give anyone a free try. A right PIN then clears it.
    const core::SignInCounters failed = core::after_failure(before, now, policy_);
    {
        store::WriteTransaction tx(db_, staff_actor(staff_id), now);
        staff.save_sign_in_counters(tx, staff_id, failed, "staff.sign_in_attempt");
        tx.commit();
    }
    const bool right = verify_pin(*hash, pin);
    if (relay_ != nullptr) {
        if (auto counted = counted_at_hub(staff_id, right, before, failed, now)) return *counted;
    }
    if (!right) {
        const core::SignInCheck after = core::check_sign_in(failed, now, policy_);
        if (after.gate == core::SignInGate::Locked) return {SignInOutcome::Locked, std::nullopt, after.try_again_at, 0};
        if (after.gate == core::SignInGate::NeedsCoordinatorReset) {
            return {SignInOutcome::NeedsCoordinatorReset, std::nullopt, {}, 0};
        }
        return {SignInOutcome::WrongPin, std::nullopt, {}, policy_.lock_after - failed.failed_attempts};
    }
    {
        store::WriteTransaction tx(db_, staff_actor(staff_id), now);
        staff.save_sign_in_counters(tx, staff_id, core::after_success(failed, now), "staff.signed_in");
        tx.commit();
    }
    return {SignInOutcome::SignedIn, StaffSession{*member, now}, {}, 0};
}

std::optional<SignInResult> SignInService::counted_at_hub(core::Id staff_id, bool right,
                                                          const core::SignInCounters& before,
                                                          const core::SignInCounters& failed, core::Timestamp now) {
    const std::string uuid = store::UuidIndex(db_).uuid_of(store::Table::Staff, staff_id);
    const auto remote = relay_->report(uuid, right);
    if (!remote) return std::nullopt;  // counted here only; the hub merges it by max later
    store::StaffRepository staff(db_);
    // Ours and the hub's, merged by max: a failure counted at both is one failure. A right PIN
    // the hub refused (the account is locked there) is not counted as a failure here.
    const core::SignInCounters mine = !right ? failed : remote->accepted ? core::after_success(failed, now) : before;
    const core::SignInCounters merged = core::merge::merge_counters(mine, remote->counters);
    const bool signed_in = right && remote->accepted;
    {
        store::WriteTransaction tx(db_, staff_actor(staff_id), now);
        staff.save_sign_in_counters(tx, staff_id, merged, signed_in ? "staff.signed_in" : "staff.sign_in_attempt");
        tx.commit();
    }
    if (signed_in) return SignInResult{SignInOutcome::SignedIn, StaffSession{*staff.find(staff_id), now}, {}, 0};
    const core::SignInCheck after = core::check_sign_in(merged, now, policy_);
    switch (after.gate) {
        case core::SignInGate::Locked: return SignInResult{SignInOutcome::Locked, std::nullopt, after.try_again_at, 0};
        case core::SignInGate::NeedsCoordinatorReset:
            return SignInResult{SignInOutcome::NeedsCoordinatorReset, std::nullopt, {}, 0};
        case core::SignInGate::Wait:
            if (right) return SignInResult{SignInOutcome::TooSoon, std::nullopt, after.try_again_at, 0};
            break;
        case core::SignInGate::Open: break;
    }
    return SignInResult{SignInOutcome::WrongPin, std::nullopt, {}, policy_.lock_after - merged.failed_attempts};
}

void SignInService::set_pin(core::Id acting_staff_id, core::Id staff_id, std::string_view pin) {
    store::StaffRepository staff(db_);
    const auto actor = staff.find(acting_staff_id);
    if (!actor || !actor->active || (acting_staff_id != staff_id && actor->role != core::Role::Coordinator)) {
        throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.pin_coordinator_only");
    }
    if (const auto problem = pin_problem(pin)) throw StaffActionError(StaffActionProblem::InvalidInput, std::string(*problem));
    if (!staff.find(staff_id)) throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_staff");
    const std::string hash = hash_pin(pin);  // slow on purpose: outside the transaction
    store::WriteTransaction tx(db_, staff_actor(acting_staff_id), clock_.now());
    staff.set_pin_hash(tx, staff_id, hash);
    tx.commit();
}

void SignInService::reset_sign_in(core::Id coordinator_id, core::Id staff_id) {
    store::StaffRepository staff(db_);
    const auto actor = staff.find(coordinator_id);
    if (!actor || !actor->active || actor->role != core::Role::Coordinator) {
        throw StaffActionError(StaffActionProblem::NotAllowed, "staff.error.reopen_coordinator_only");
    }
    if (!staff.find(staff_id)) throw StaffActionError(StaffActionProblem::NotFound, "staff.error.no_such_staff");
    const core::Timestamp now = clock_.now();
    // Keep the latest attempt time: it is what stops a clock set back from shortening waits.
    core::SignInCounters cleared = core::after_success(staff.sign_in_counters(staff_id), now);
    store::WriteTransaction tx(db_, staff_actor(coordinator_id), now);
    staff.save_sign_in_counters(tx, staff_id, cleared, "staff.sign_in_reset");
    tx.commit();
}

void SignInService::remember_language(const StaffSession& session, const std::string& language) {
    store::WriteTransaction tx(db_, staff_actor(session.member().id), clock_.now());
    store::StaffRepository(db_).set_language(tx, session.member().id, language);
    tx.commit();
}

}  // namespace kiosk::app
