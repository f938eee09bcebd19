// PostgresStorage: devices, their enrolments and tokens (docs/sync-api.md, "Enrolment", "Token
// rotation"), safe with several receivers on the database: whatever changes a device id's
// enrolments or enrolment tokens first takes a transaction advisory lock on that id, and a
// device's bearer tokens change only under a row lock on its enrolment.
#include "sync/protocol/base64.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/server/postgres/pg_storage.hpp"
#include "sync/server/token_hash.hpp"

namespace kiosk::sync::server {
namespace {

std::string number(std::int64_t n) { return std::to_string(n); }

// Held until the transaction ends: add-device, enrol, revoke and issuing a token for one device
// id happen one at a time, whichever receiver or command runs them.
void lock_device_id(pg::Connection& c, const std::string& device_id) {
    c.exec("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", {device_id});
}

bool has_live_enrolment(pg::Connection& c, const std::string& device_id) {
    return c.exec("SELECT 1 FROM enrolments WHERE device_id = $1 AND revoked_at IS NULL", {device_id}).rows() > 0;
}

std::int64_t insert_enrolment(pg::Connection& c, const std::string& device_id, std::int64_t venue_id, DeviceRole role,
                              const std::vector<std::uint8_t>* public_key, std::int64_t now) {
    const pg::Param key = public_key != nullptr ? pg::Param{encode_base64(*public_key)} : std::nullopt;
    return c
        .exec("INSERT INTO enrolments (device_id, venue_id, role, public_key, enrolled_at) "
              "VALUES ($1, $2, $3, decode($4, 'base64'), $5) RETURNING id",
              {device_id, number(venue_id), std::string(to_string(role)), key, number(now)})
        .integer(0, 0);
}

std::string insert_token(pg::Connection& c, std::int64_t enrolment_id, bool pending) {
    std::string token = sql::random_token();
    c.exec("INSERT INTO device_tokens (token_hash, enrolment_id, pending) VALUES ($1, $2, $3)",
           {sql::sha256_hex(token), number(enrolment_id), pending ? "true" : "false"});
    return token;
}

}  // namespace

std::string PostgresStorage::add_device(const std::string& device_id, std::int64_t venue_id, DeviceRole role) {
    auto c = pool_->acquire();
    return pg::in_transaction(*c, [&] {
        lock_device_id(*c, device_id);
        if (has_live_enrolment(*c, device_id)) {
            throw ServerStoreError("the device " + device_id + " is already enrolled; revoke it first");
        }
        return insert_token(*c, insert_enrolment(*c, device_id, venue_id, role, nullptr, sql::unix_now()), false);
    });
}

std::optional<DeviceIdentity> PostgresStorage::authenticate(const std::string& token) {
    // Looked up by hash: the database never holds a usable token.
    const std::string hash = sql::sha256_hex(token);
    auto c = pool_->acquire();
    const auto found = c->exec(
        "SELECT e.id, e.device_id, e.venue_id, e.role, encode(e.public_key, 'base64'), t.pending FROM device_tokens t "
        "JOIN enrolments e ON e.id = t.enrolment_id WHERE t.token_hash = $1 AND e.revoked_at IS NULL",
        {hash});
    if (found.rows() == 0) return std::nullopt;
    DeviceIdentity device;
    device.enrolment_id = found.integer(0, 0);
    device.device_id = found.text(0, 1);
    device.venue_id = found.integer(0, 2);
    const auto role = parse_device_role(found.text(0, 3));
    if (!role) throw ServerStoreError("an enrolment has a role this server does not know");
    device.role = *role;
    if (!found.is_null(0, 4)) {
        auto key = decode_base64(found.text(0, 4));
        if (!key) throw ServerStoreError("an enrolment's public key is damaged");
        device.public_key = std::move(*key);
    }
    if (found.text(0, 5) != "t") return device;
    // The first use of a rotated token: the device has it, so the one before goes. Under the
    // enrolment's row lock, as rotate_token works: a token withdrawn meanwhile by a newer
    // rotation no longer authenticates.
    const bool kept = pg::in_transaction(*c, [&] {
        c->exec("SELECT 1 FROM enrolments WHERE id = $1 FOR UPDATE", {number(device.enrolment_id)});
        if (c->exec("UPDATE device_tokens SET pending = false WHERE token_hash = $1", {hash}).affected() != 1) {
            return false;
        }
        c->exec("DELETE FROM device_tokens WHERE enrolment_id = $1 AND token_hash <> $2",
                {number(device.enrolment_id), hash});
        return true;
    });
    if (!kept) return std::nullopt;
    return device;
}

std::string PostgresStorage::rotate_token(const DeviceIdentity& device) {
    auto c = pool_->acquire();
    return pg::in_transaction(*c, [&] {
        c->exec("SELECT 1 FROM enrolments WHERE id = $1 FOR UPDATE", {number(device.enrolment_id)});
        // Only the newest rotation stands: an earlier token never used is withdrawn.
        c->exec("DELETE FROM device_tokens WHERE enrolment_id = $1 AND pending", {number(device.enrolment_id)});
        return insert_token(*c, device.enrolment_id, true);
    });
}

std::string PostgresStorage::issue_enrolment_token(const EnrolmentGrant& grant) {
    auto c = pool_->acquire();
    return pg::in_transaction(*c, [&] {
        lock_device_id(*c, grant.device_id);
        const std::int64_t now = sql::unix_now();
        // One outstanding token per device id: a token issued again (a lost one, a typo) makes
        // the earlier ones worthless.
        c->exec("UPDATE enrolment_tokens SET revoked_at = $1 WHERE device_id = $2 AND used_at IS NULL "
                "AND revoked_at IS NULL",
                {number(now), grant.device_id});
        std::string token = sql::random_token();
        c->exec("INSERT INTO enrolment_tokens (token_hash, device_id, venue_id, role, issued_at, expires_at) "
                "VALUES ($1, $2, $3, $4, $5, $6)",
                {sql::sha256_hex(token), grant.device_id, number(grant.venue_id), std::string(to_string(grant.role)),
                 number(now), number(now + grant.valid_for.count())});
        return token;
    });
}

EnrolResult PostgresStorage::enrol(const EnrolRequest& request) {
    const auto key = decode_base64(request.public_key);
    if (!key || key->size() != 32) throw ProtocolError("public_key is not base64 of a 32-byte Ed25519 key");
    const std::string hash = sql::sha256_hex(request.token);
    auto c = pool_->acquire();
    return pg::in_transaction(*c, [&]() -> EnrolResult {
        const std::int64_t now = sql::unix_now();
        const auto token = c->exec("SELECT device_id FROM enrolment_tokens WHERE token_hash = $1 AND used_at IS NULL "
                                   "AND revoked_at IS NULL",
                                   {hash});
        if (token.rows() == 0) return {EnrolRefusal::UnknownOrUsed, std::nullopt};
        const std::string device_id = token.text(0, 0);
        lock_device_id(*c, device_id);
        // Read again under the lock: a token used, or superseded, by a receiver that held the
        // lock before this one is no longer there.
        const auto held = c->exec("SELECT venue_id, role, expires_at FROM enrolment_tokens WHERE token_hash = $1 "
                                  "AND used_at IS NULL AND revoked_at IS NULL FOR UPDATE",
                                  {hash});
        if (held.rows() == 0) return {EnrolRefusal::UnknownOrUsed, std::nullopt};
        const std::int64_t venue_id = held.integer(0, 0);
        const auto role = parse_device_role(held.text(0, 1));
        if (!role) throw ServerStoreError("an enrolment token has a role this server does not know");
        if (held.integer(0, 2) <= now) return {EnrolRefusal::Expired, std::nullopt};
        // A token cannot take over a device that is enrolled: an operator revokes it first.
        // The token stays unused, so it still works once the operator has.
        if (has_live_enrolment(*c, device_id)) return {EnrolRefusal::DeviceEnrolled, std::nullopt};
        if (c->exec("UPDATE enrolment_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
                    {number(now), hash})
                .affected() != 1) {
            return {EnrolRefusal::UnknownOrUsed, std::nullopt};
        }
        const std::int64_t enrolment = insert_enrolment(*c, device_id, venue_id, *role, &*key, now);
        EnrolAnswer answer;
        answer.device_id = device_id;
        answer.device_token = insert_token(*c, enrolment, false);
        answer.venue_id = venue_id;
        answer.role = std::string(to_string(*role));
        return {EnrolRefusal::None, std::move(answer)};
    });
}

bool PostgresStorage::revoke_device(const std::string& device_id) {
    auto c = pool_->acquire();
    return pg::in_transaction(*c, [&] {
        lock_device_id(*c, device_id);
        const auto revoked = c->exec("UPDATE enrolments SET revoked_at = $1 WHERE device_id = $2 AND revoked_at IS NULL "
                                     "RETURNING id",
                                     {number(sql::unix_now()), device_id});
        for (int row = 0; row < revoked.rows(); ++row) {
            c->exec("DELETE FROM device_tokens WHERE enrolment_id = $1", {revoked.text(row, 0)});
        }
        return revoked.rows() > 0;
    });
}

}  // namespace kiosk::sync::server
