// SqliteStorage: devices, their enrolments and tokens (docs/sync-api.md, "Enrolment",
// "Token rotation"). One connection and BEGIN IMMEDIATE serialise every write, so no two
// enrolments can race here.
#include "sync/protocol/base64.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/server/server_sql.hpp"
#include "sync/server/sqlite_storage.hpp"

namespace kiosk::sync::server {
using sql::Stmt;

namespace {

bool has_live_enrolment(sqlite3* db, const std::string& device_id) {
    Stmt s(db, "SELECT 1 FROM enrolments WHERE device_id = ? AND revoked_at IS NULL");
    s.text(1, device_id);
    return s.step();
}

std::int64_t insert_enrolment(sqlite3* db, const std::string& device_id, std::int64_t venue_id, DeviceRole role,
                              const std::vector<std::uint8_t>* public_key, std::int64_t now) {
    Stmt s(db, "INSERT INTO enrolments (device_id, venue_id, role, public_key, enrolled_at) VALUES (?, ?, ?, ?, ?)");
    s.text(1, device_id).integer(2, venue_id).text(3, std::string(to_string(role))).integer(5, now);
    if (public_key != nullptr) {
        s.blob(4, public_key->data(), public_key->size());
    } else {
        s.null(4);
    }
    s.step();
    return sqlite3_last_insert_rowid(db);
}

std::string insert_token(sqlite3* db, std::int64_t enrolment_id, bool pending) {
    std::string token = sql::random_token();
    Stmt s(db, "INSERT INTO device_tokens (token_hash, enrolment_id, pending) VALUES (?, ?, ?)");
    s.text(1, sql::sha256_hex(token)).integer(2, enrolment_id).integer(3, pending ? 1 : 0).step();
    return token;
}

}  // namespace

std::string SqliteStorage::add_device(const std::string& device_id, std::int64_t venue_id, DeviceRole role) {
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&] {
        if (has_live_enrolment(db_, device_id)) {
            throw ServerStoreError("the device " + device_id + " is already enrolled; revoke it first");
        }
        const std::int64_t enrolment = insert_enrolment(db_, device_id, venue_id, role, nullptr, sql::unix_now());
        return insert_token(db_, enrolment, false);
    });
}

std::optional<DeviceIdentity> SqliteStorage::authenticate(const std::string& token) {
    const std::lock_guard lock(mutex_);
    // Looked up by hash: the database never holds a usable token.
    const std::string hash = sql::sha256_hex(token);
    Stmt s(db_, "SELECT e.id, e.device_id, e.venue_id, e.role, e.public_key, t.pending FROM device_tokens t "
                "JOIN enrolments e ON e.id = t.enrolment_id WHERE t.token_hash = ? AND e.revoked_at IS NULL");
    s.text(1, hash);
    if (!s.step()) return std::nullopt;
    DeviceIdentity device;
    device.enrolment_id = s.column_int(0);
    device.device_id = s.column_text(1);
    device.venue_id = s.column_int(2);
    const auto role = parse_device_role(s.column_text(3));
    if (!role) throw ServerStoreError("an enrolment has a role this server does not know");
    device.role = *role;
    if (!s.column_is_null(4)) device.public_key = s.column_blob(4);
    const bool pending = s.column_int(5) != 0;
    s.reset();
    if (pending) {
        // The first use of a rotated token: the device has it, so the one before goes.
        sql::in_transaction(db_, [&] {
            Stmt drop(db_, "DELETE FROM device_tokens WHERE enrolment_id = ? AND token_hash <> ?");
            drop.integer(1, device.enrolment_id).text(2, hash).step();
            Stmt keep(db_, "UPDATE device_tokens SET pending = 0 WHERE token_hash = ?");
            keep.text(1, hash).step();
            return 0;
        });
    }
    return device;
}

std::string SqliteStorage::rotate_token(const DeviceIdentity& device) {
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&] {
        // Only the newest rotation stands: an earlier token never used is withdrawn.
        Stmt withdraw(db_, "DELETE FROM device_tokens WHERE enrolment_id = ? AND pending = 1");
        withdraw.integer(1, device.enrolment_id).step();
        return insert_token(db_, device.enrolment_id, true);
    });
}

std::string SqliteStorage::issue_enrolment_token(const EnrolmentGrant& grant) {
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&] {
        const std::int64_t now = sql::unix_now();
        // One outstanding token per device id: a token issued again (a lost one, a typo) makes
        // the earlier ones worthless.
        Stmt revoke(db_, "UPDATE enrolment_tokens SET revoked_at = ? WHERE device_id = ? AND used_at IS NULL "
                         "AND revoked_at IS NULL");
        revoke.integer(1, now).text(2, grant.device_id).step();
        std::string token = sql::random_token();
        Stmt s(db_, "INSERT INTO enrolment_tokens (token_hash, device_id, venue_id, role, issued_at, expires_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)");
        s.text(1, sql::sha256_hex(token)).text(2, grant.device_id).integer(3, grant.venue_id);
        s.text(4, std::string(to_string(grant.role))).integer(5, now).integer(6, now + grant.valid_for.count());
        s.step();
        return token;
    });
}

EnrolResult SqliteStorage::enrol(const EnrolRequest& request) {
    const auto key = decode_base64(request.public_key);
    if (!key || key->size() != 32) throw ProtocolError("public_key is not base64 of a 32-byte Ed25519 key");
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&]() -> EnrolResult {
        const std::int64_t now = sql::unix_now();
        const std::string hash = sql::sha256_hex(request.token);
        Stmt find(db_, "SELECT device_id, venue_id, role, expires_at FROM enrolment_tokens "
                       "WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL");
        find.text(1, hash);
        if (!find.step()) return {EnrolRefusal::UnknownOrUsed, std::nullopt};
        const std::string device_id = find.column_text(0);
        const std::int64_t venue_id = find.column_int(1);
        const auto role = parse_device_role(find.column_text(2));
        if (!role) throw ServerStoreError("an enrolment token has a role this server does not know");
        if (find.column_int(3) <= now) return {EnrolRefusal::Expired, std::nullopt};
        // A token cannot take over a device that is enrolled: an operator revokes it first.
        // The token stays unused, so it still works once the operator has.
        if (has_live_enrolment(db_, device_id)) return {EnrolRefusal::DeviceEnrolled, std::nullopt};
        // Marking the token used is one statement that matches only an unused token: a second
        // use, however close behind (BEGIN IMMEDIATE serialises them anyway), changes nothing.
        Stmt use(db_, "UPDATE enrolment_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL");
        use.integer(1, now).text(2, hash).step();
        if (sqlite3_changes(db_) != 1) return {EnrolRefusal::UnknownOrUsed, std::nullopt};
        const std::int64_t enrolment = insert_enrolment(db_, device_id, venue_id, *role, &*key, now);
        EnrolAnswer answer;
        answer.device_id = device_id;
        answer.device_token = insert_token(db_, enrolment, false);
        answer.venue_id = venue_id;
        answer.role = std::string(to_string(*role));
        return {EnrolRefusal::None, std::move(answer)};
    });
}

bool SqliteStorage::revoke_device(const std::string& device_id) {
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&] {
        std::vector<std::int64_t> revoked;
        {
            Stmt revoke(db_, "UPDATE enrolments SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL "
                             "RETURNING id");
            revoke.integer(1, sql::unix_now()).text(2, device_id);
            while (revoke.step()) revoked.push_back(revoke.column_int(0));
        }
        for (const std::int64_t enrolment : revoked) {
            Stmt drop(db_, "DELETE FROM device_tokens WHERE enrolment_id = ?");
            drop.integer(1, enrolment).step();
        }
        const bool any = !revoked.empty();
        return any;
    });
}

}  // namespace kiosk::sync::server
