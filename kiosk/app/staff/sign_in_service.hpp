#pragma once
// Staff sign-in with a PIN: Argon2id verify (app/pin_hash), the slow-down and lock policy
// (core/sign_in_policy), counters saved in the database so restarts and a clock set back
// change nothing.
#include <optional>
#include <string_view>

#include "kiosk/app/sign_in_relay.hpp"
#include "kiosk/app/staff/staff_session.hpp"
#include "kiosk/core/sign_in_policy.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

inline constexpr std::size_t kMinimumPinDigits = 6;

enum class SignInOutcome {
    SignedIn,
    WrongPin,
    TooSoon,                // slowed down after failures: try again at try_again_at
    Locked,                 // locked for a period after 10 failures, until try_again_at
    NeedsCoordinatorReset,  // 100 failures: a coordinator must reopen the account
    Unavailable,            // no such active staff member, or no PIN set yet
};

struct SignInResult {
    SignInOutcome outcome = SignInOutcome::Unavailable;
    std::optional<StaffSession> session;  // set when signed in
    core::Timestamp try_again_at{};       // for TooSoon and Locked
    int tries_before_lock = 0;            // for WrongPin
};

class SignInService {
public:
    SignInService(store::Database& db, const core::Clock& clock, core::SignInPolicy policy = {})
        : db_(db), clock_(clock), policy_(policy) {}

    SignInResult sign_in(core::Id staff_id, std::string_view pin);
    // The venue hub counts attempts first when it can be reached (issue #13); not owned.
    void set_relay(SignInRelay* relay) { relay_ = relay; }

    // A staff member sets their own PIN, or a coordinator sets anyone's. Throws
    // StaffActionError: InvalidInput for a PIN that is not at least 6 digits, NotAllowed otherwise.
    void set_pin(core::Id acting_staff_id, core::Id staff_id, std::string_view pin);
    // A coordinator reopens a locked account (clears the failure counters).
    void reset_sign_in(core::Id coordinator_id, core::Id staff_id);
    // The signed-in person's own language for the staff face, kept for their next sign-in.
    void remember_language(const StaffSession& session, const std::string& language);

    // Why a PIN cannot be used (a catalog key, "staff.error.pin_too_short"), or nothing when it can.
    static std::optional<std::string_view> pin_problem(std::string_view pin);

private:
    // Reports the attempt to the hub and decides from both counts; nothing when the hub could
    // not be asked.
    std::optional<SignInResult> counted_at_hub(core::Id staff_id, bool right, const core::SignInCounters& before,
                                               const core::SignInCounters& failed, core::Timestamp now);

    store::Database& db_;
    const core::Clock& clock_;
    core::SignInPolicy policy_;
    SignInRelay* relay_ = nullptr;
};

}  // namespace kiosk::app
