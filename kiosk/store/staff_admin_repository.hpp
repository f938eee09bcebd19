#pragma once
// The coordinator's administration of staff: adding people and resetting a forgotten PIN.
// Kept apart from StaffRepository (sign-in, lock-out) so each changes for one reason.
#include <string>

#include "kiosk/core/staff.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class StaffAdminRepository {
public:
    explicit StaffAdminRepository(Database& db) : db_(db) {}

    // Stores a new PIN hash and clears any lock-out, so the person can sign in at once.
    void reset_pin(WriteTransaction& tx, core::Id staff_id, const std::string& pin_hash);
    void set_active(WriteTransaction& tx, core::Id staff_id, bool active);

private:
    Database& db_;
};

}  // namespace kiosk::store
