#pragma once
// Staff members and their roles. PIN hashes are written here but checked by the sign-in
// service; the hash never leaves the store except to be verified.
#include <optional>
#include <string>
#include <vector>

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

private:
    Database& db_;
};

}  // namespace kiosk::store
