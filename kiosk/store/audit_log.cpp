#include "kiosk/store/audit_log.hpp"

#include <sodium.h>

#include <array>

#include "kiosk/store/database.hpp"

namespace kiosk::store {
namespace {

constexpr std::size_t kHashBytes = 32;
using Hash = std::array<std::uint8_t, kHashBytes>;

void absorb(crypto_generichash_state& state, const void* data, std::size_t size) {
    // Length-prefix every field so that ("ab","c") and ("a","bc") hash differently.
    const auto length = static_cast<std::uint64_t>(size);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&length), sizeof length);
    crypto_generichash_update(&state, static_cast<const unsigned char*>(data), size);
}

void absorb(crypto_generichash_state& state, const std::string& text) {
    absorb(state, text.data(), text.size());
}

void absorb(crypto_generichash_state& state, std::int64_t number) {
    absorb(state, &number, sizeof number);
}

Hash chain_hash(const std::vector<std::uint8_t>& previous, std::int64_t seq, const AuditEntry& e) {
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kHashBytes);
    absorb(state, previous.data(), previous.size());
    absorb(state, seq);
    absorb(state, core::to_unix(e.at));
    absorb(state, e.actor);
    absorb(state, e.action);
    absorb(state, e.entity);
    absorb(state, e.entity_id);
    absorb(state, e.detail);
    Hash out{};
    crypto_generichash_final(&state, out.data(), out.size());
    return out;
}

std::string to_hex(const std::vector<std::uint8_t>& bytes) {
    std::string hex(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    hex.pop_back();
    return hex;
}

AuditRow read_row(const Statement& s) {
    AuditRow row;
    row.seq = s.int64(0);
    row.entry.at = core::from_unix(s.int64(1));
    row.entry.actor = s.text(2);
    row.entry.action = s.text(3);
    row.entry.entity = s.text(4);
    row.entry.entity_id = s.int64(5);
    row.entry.detail = s.text(6);
    row.hash = s.blob(8);
    return row;
}

}  // namespace

void AuditLog::append(Database& db, const AuditEntry& entry) {
    ChainHead head;
    append(db, entry, head);
}

void AuditLog::append(Database& db, const AuditEntry& entry, ChainHead& head) {
    if (!head.known) {
        head.seq = 0;
        head.hash.assign(kHashBytes, 0);
        auto last = db.cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            head.seq = last.int64(0);
            head.hash = last.blob(1);
        }
        head.known = true;
    }
    const std::int64_t seq = head.seq + 1;
    const Hash hash = chain_hash(head.hash, seq, entry);
    std::vector<std::uint8_t> hash_bytes(hash.begin(), hash.end());
    db.cached("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(seq, core::to_unix(entry.at), entry.actor, entry.action, entry.entity, entry.entity_id,
                  entry.detail, head.hash, hash_bytes)
        .run();
    head.seq = seq;
    head.hash = std::move(hash_bytes);
}

ChainCheck AuditLog::verify(Database& db) {
    ChainCheck check;
    std::vector<std::uint8_t> expected_previous(kHashBytes, 0);
    std::int64_t expected_seq = 1;
    Statement rows(db.handle(),
                   "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash "
                   "FROM audit_log ORDER BY seq");
    while (rows.step()) {
        const AuditRow row = read_row(rows);
        const Hash recomputed = chain_hash(expected_previous, expected_seq, row.entry);
        const bool matches = row.seq == expected_seq && rows.blob(7) == expected_previous &&
                             row.hash == std::vector<std::uint8_t>(recomputed.begin(), recomputed.end());
        ++check.rows;
        if (!matches) {
            check.whole = false;
            check.first_bad_seq = row.seq;
            return check;
        }
        expected_previous = row.hash;
        ++expected_seq;
    }
    return check;
}

std::vector<AuditRow> AuditLog::latest(Database& db, int limit) {
    std::vector<AuditRow> rows;
    Statement s(db.handle(),
                "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash "
                "FROM audit_log ORDER BY seq DESC LIMIT ?");
    s.bind_all(limit);
    while (s.step()) rows.push_back(read_row(s));
    return rows;
}

std::int64_t AuditLog::count(Database& db) {
    Statement s(db.handle(), "SELECT count(*) FROM audit_log");
    s.step();
    return s.int64(0);
}

std::string AuditLog::head(Database& db) {
    Statement s(db.handle(), "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!s.step()) return {};
    return to_hex(s.blob(0));
}

std::string AuditLog::hash_at(Database& db, std::int64_t seq) {
    Statement s(db.handle(), "SELECT hash FROM audit_log WHERE seq = ?");
    s.bind_all(seq);
    if (!s.step()) return {};
    return to_hex(s.blob(0));
}

}  // namespace kiosk::store
