// HubStore: sign-in failures counted per staff account at the hub, so that ten wrong PINs
// across a venue's tablets lock the account on all of them (docs/sync-api.md, "Sign-in
// attempts"). The device enforces the slow-down waits where the person stands (its own clock);
// the hub adds up what every device reports and locks with the same core policy.
#include "sync/server/hub/hub_store.hpp"
#include "sync/server/server_sql.hpp"

namespace kiosk::sync::server::hub {
using sql::Stmt;

core::SignInCounters HubStore::sign_in(const std::string& staff_uuid, SignInOutcome outcome, core::Timestamp now,
                                       const core::SignInPolicy& policy) {
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&] {
        core::SignInCounters c;
        {
            Stmt read(db_, "SELECT failed_attempts, total_failures, locked_until, last_attempt_at FROM hub_sign_in "
                           "WHERE staff_uuid = ?");
            read.text(1, staff_uuid);
            if (read.step()) {
                c.failed_attempts = static_cast<int>(read.column_int(0));
                c.total_failures = static_cast<int>(read.column_int(1));
                c.locked_until = core::from_unix(read.column_int(2));
                c.last_attempt_at = core::from_unix(read.column_int(3));
            }
        }
        const core::SignInGate gate = core::check_sign_in(c, now, policy).gate;
        switch (outcome) {
            case SignInOutcome::Check: return c;
            case SignInOutcome::Failure:
                // A failure reported while the account is locked was not a real try (the
                // device refuses those): counting it would only lengthen the lock.
                if (gate == core::SignInGate::Locked || gate == core::SignInGate::NeedsCoordinatorReset) return c;
                c = core::after_failure(c, now, policy);
                break;
            case SignInOutcome::Success: c = core::after_success(c, now); break;
            case SignInOutcome::Reset: c = core::after_success(c, now); break;
        }
        Stmt write(db_, "INSERT INTO hub_sign_in (staff_uuid, failed_attempts, total_failures, locked_until, "
                        "last_attempt_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(staff_uuid) DO UPDATE SET "
                        "failed_attempts = excluded.failed_attempts, total_failures = excluded.total_failures, "
                        "locked_until = excluded.locked_until, last_attempt_at = excluded.last_attempt_at");
        write.text(1, staff_uuid).integer(2, c.failed_attempts).integer(3, c.total_failures);
        write.integer(4, core::to_unix(c.locked_until)).integer(5, core::to_unix(c.last_attempt_at)).step();
        return c;
    });
}

}  // namespace kiosk::sync::server::hub
