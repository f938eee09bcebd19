#include "kiosk/store/staff_admin_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

void StaffAdminRepository::reset_pin(WriteTransaction& tx, core::Id staff_id, const std::string& pin_hash) {
    if (pin_hash.empty()) throw StoreError(StoreErrorKind::Invalid, "a PIN reset needs a new PIN");
    // A new PIN is a change of the profile and a reset of the counters, both as of now (v14).
    tx.db().cached("UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = 0, profile_updated_at = ?, "
                   "sign_in_reset_at = max(sign_in_reset_at, ?) WHERE id = ?")
        .bind_all(pin_hash, core::to_unix(tx.at()), core::to_unix(tx.at()), staff_id)
        .run();
    if (tx.db().changes() == 0) throw StoreError(StoreErrorKind::NotFound, "no such staff member");
    tx.audit("staff.pin_reset", "staff", staff_id);
}

void StaffAdminRepository::set_active(WriteTransaction& tx, core::Id staff_id, bool active) {
    tx.db().cached("UPDATE staff SET active = ?, profile_updated_at = ? WHERE id = ?")
        .bind_all(active, core::to_unix(tx.at()), staff_id)
        .run();
    if (tx.db().changes() == 0) throw StoreError(StoreErrorKind::NotFound, "no such staff member");
    tx.audit(active ? "staff.activated" : "staff.deactivated", "staff", staff_id);
}

}  // namespace kiosk::store
