#pragma once
// Staff members and their roles. PIN hashes are written here but checked by the sign-in
// service; the hash never leaves the store except to be verified.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/sign_in_policy.hpp"
#include "kiosk/core/staff.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class StaffRepository {
public:
    explicit StaffRepository(Database& db) : db_(db) {}

    core::Id add(WriteTransaction& tx, const core::StaffMember& member, const std::string& pin_hash);
    std::optional<core::StaffMember> find(core::Id id);
    std::vector<core::StaffMember> all();
    // The language the staff face speaks to this person ("" = the terminal's own).
    void set_language(WriteTransaction& tx, core::Id id, const std::string& language);

    // Sign-in (the counters are kept here so a restart forgets no failure).
    std::optional<std::string> pin_hash(core::Id id);
    void set_pin_hash(WriteTransaction& tx, core::Id id, const std::string& pin_hash);
    core::SignInCounters sign_in_counters(core::Id id);
    // `action` names the event for the audit chain: "staff.sign_in_failed", "staff.signed_in",
    // "staff.sign_in_reset".
    void save_sign_in_counters(WriteTransaction& tx, core::Id id, const core::SignInCounters& counters,
                               std::string_view action);

private:
    Database& db_;
};

}  // namespace kiosk::store
