#include "kiosk/store/staff_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
core::StaffMember read_member(const Statement& s) {
    return core::StaffMember{.id = s.int64(0),
                             .display_name = s.text(1),
                             .role = core::parse_role(s.text(2)).value_or(core::Role::Worker),
                             .active = s.int64(3) != 0,
                             .language = s.text(4)};
}
}  // namespace

core::Id StaffRepository::add(WriteTransaction& tx, const core::StaffMember& m, const std::string& pin_hash) {
    // profile_updated_at: the staff account's profile travels newest-wins between devices (v14).
    tx.db().cached("INSERT INTO staff (display_name, role, active, pin_hash, profile_updated_at) VALUES (?, ?, ?, ?, ?)")
        .bind_all(m.display_name, core::to_string(m.role), m.active, pin_hash, core::to_unix(tx.at()))
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("staff.created", "staff", id, std::string(core::to_string(m.role)));
    return id;
}

std::optional<core::StaffMember> StaffRepository::find(core::Id id) {
    auto s = db_.cached("SELECT id, display_name, role, active, language FROM staff WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return read_member(s);
}

std::vector<core::StaffMember> StaffRepository::all() {
    std::vector<core::StaffMember> out;
    auto s = db_.cached("SELECT id, display_name, role, active, language FROM staff ORDER BY display_name");
    while (s.step()) out.push_back(read_member(s));
    return out;
}

void StaffRepository::set_language(WriteTransaction& tx, core::Id id, const std::string& language) {
    tx.db().cached("UPDATE staff SET language = ?, profile_updated_at = ? WHERE id = ?")
        .bind_all(language, core::to_unix(tx.at()), id)
        .run();
    if (tx.db().changes() != 1) throw StoreError(StoreErrorKind::NotFound, "no such staff member");
    tx.audit("staff.language_set", "staff", id, language);
}

std::optional<std::string> StaffRepository::pin_hash(core::Id id) {
    auto s = db_.cached("SELECT pin_hash FROM staff WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return s.text(0);
}

void StaffRepository::set_pin_hash(WriteTransaction& tx, core::Id id, const std::string& hash) {
    tx.db().cached("UPDATE staff SET pin_hash = ?, profile_updated_at = ? WHERE id = ?")
        .bind_all(hash, core::to_unix(tx.at()), id)
        .run();
    if (tx.db().changes() != 1) throw StoreError(StoreErrorKind::NotFound, "no such staff member");
    tx.audit("staff.pin_set", "staff", id);
}

core::SignInCounters StaffRepository::sign_in_counters(core::Id id) {
    auto s = db_.cached("SELECT failed_attempts, total_failures, locked_until, last_attempt_at, sign_in_reset_at "
                        "FROM staff WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) throw StoreError(StoreErrorKind::NotFound, "no such staff member");
    return core::SignInCounters{.failed_attempts = s.integer(0),
                                .total_failures = s.integer(1),
                                .locked_until = core::from_unix(s.int64(2)),
                                .last_attempt_at = core::from_unix(s.int64(3)),
                                .reset_at = core::from_unix(s.int64(4))};
}

void StaffRepository::save_sign_in_counters(WriteTransaction& tx, core::Id id, const core::SignInCounters& c,
                                            std::string_view action) {
    tx.db().cached("UPDATE staff SET failed_attempts = ?, total_failures = ?, locked_until = ?, last_attempt_at = ?, "
                   "sign_in_reset_at = ? "
                   "WHERE id = ?")
        .bind_all(c.failed_attempts, c.total_failures, core::to_unix(c.locked_until), core::to_unix(c.last_attempt_at),
                  core::to_unix(c.reset_at),
                  id)
        .run();
    if (tx.db().changes() != 1) throw StoreError(StoreErrorKind::NotFound, "no such staff member");
    tx.audit(action, "staff", id, "failures=" + std::to_string(c.total_failures));
}

}  // namespace kiosk::store
