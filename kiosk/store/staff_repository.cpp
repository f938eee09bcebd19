#include "kiosk/store/staff_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
core::StaffMember read_member(const Statement& s) {
    return core::StaffMember{.id = s.int64(0),
                             .display_name = s.text(1),
                             .role = core::parse_role(s.text(2)).value_or(core::Role::Worker),
                             .active = s.int64(3) != 0};
}
}  // namespace

core::Id StaffRepository::add(WriteTransaction& tx, const core::StaffMember& m, const std::string& pin_hash) {
    tx.db().cached("INSERT INTO staff (display_name, role, active, pin_hash) VALUES (?, ?, ?, ?)")
        .bind_all(m.display_name, core::to_string(m.role), m.active, pin_hash)
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("staff.created", "staff", id, std::string(core::to_string(m.role)));
    return id;
}

std::optional<core::StaffMember> StaffRepository::find(core::Id id) {
    auto s = db_.cached("SELECT id, display_name, role, active FROM staff WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return read_member(s);
}

std::vector<core::StaffMember> StaffRepository::all() {
    std::vector<core::StaffMember> out;
    auto s = db_.cached("SELECT id, display_name, role, active FROM staff ORDER BY display_name");
    while (s.step()) out.push_back(read_member(s));
    return out;
}

}  // namespace kiosk::store
