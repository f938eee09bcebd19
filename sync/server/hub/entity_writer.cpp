#include "sync/server/hub/entity_writer.hpp"

#include <openssl/rand.h>

#include <array>

#include "sync/server/server_sql.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;
using sql::Stmt;

std::string read_cursor(sqlite3* db, const char* name, const std::string& fallback) {
    Stmt s(db, "SELECT value FROM hub_cursors WHERE name = ?");
    s.text(1, name);
    return s.step() ? s.column_text(0) : fallback;
}

void write_cursor(sqlite3* db, const char* name, const std::string& value) {
    Stmt s(db, "INSERT INTO hub_cursors (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value");
    s.text(1, name).text(2, value).step();
}

std::string new_uuid() {
    std::array<unsigned char, 16> b{};
    if (RAND_bytes(b.data(), static_cast<int>(b.size())) != 1) throw ServerStoreError("no randomness for a uuid");
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHex[b[i] >> 4];
        out += kHex[b[i] & 0x0F];
    }
    return out;
}

EntityWriter::EntityWriter(sqlite3* db, std::int64_t now)
    : db_(db), now_(now), seq_(std::stoll(read_cursor(db, "seq", "0"))) {}

std::optional<json> EntityWriter::data(const std::string& kind, const std::string& key) const {
    Stmt s(db_, "SELECT body FROM hub_entities WHERE kind = ? AND key = ?");
    s.text(1, kind).text(2, key);
    if (!s.step()) return std::nullopt;
    return json::parse(s.column_text(0)).at("data");
}

std::vector<json> EntityWriter::find(const std::string& kind, const std::string& field, const json& value,
                                     int limit) const {
    // The field name is the rules' own (never a sender's), quoted as a JSON path member.
    const std::string path = "$.data.\"" + field + "\"";
    Stmt s(db_, "SELECT body FROM hub_entities WHERE kind = ? AND json_extract(body, ?) = ? ORDER BY seq LIMIT ?");
    s.text(1, kind).text(2, path).integer(4, limit);
    if (value.is_number_integer()) {
        s.integer(3, value.get<std::int64_t>());
    } else if (value.is_string()) {
        s.text(3, value.get<std::string>());
    } else {
        s.text(3, value.dump());
    }
    std::vector<json> out;
    while (s.step()) out.push_back(json::parse(s.column_text(0)).at("data"));
    return out;
}

bool EntityWriter::write(const EntityWrite& w, const std::optional<std::string>& origin_device) {
    const std::string body = json{{"kind", w.kind}, {"data", w.data}}.dump();
    {
        // Unchanged when the snapshot and who receives it are both as they were.
        Stmt same(db_, "SELECT body, audience FROM hub_entities WHERE kind = ? AND key = ?");
        same.text(1, w.kind).text(2, w.key);
        if (same.step() && same.column_text(0) == body &&
            (same.column_is_null(1) ? !w.audience : w.audience && *w.audience == same.column_text(1))) {
            return false;
        }
    }
    ++seq_;
    Stmt s(db_, "INSERT INTO hub_entities (kind, key, seq, body, origin_device, audience, changed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, key) DO UPDATE SET seq = excluded.seq, "
                "body = excluded.body, origin_device = excluded.origin_device, audience = excluded.audience, "
                "changed_at = excluded.changed_at");
    s.text(1, w.kind).text(2, w.key).integer(3, seq_).text(4, body).integer(7, now_);
    origin_device ? s.text(5, *origin_device) : s.null(5);
    w.audience ? s.text(6, *w.audience) : s.null(6);
    s.step();
    if (!w.audit_action.empty()) {
        Stmt audit(db_, "INSERT INTO hub_audit (at, action, subject) VALUES (?, ?, ?)");
        audit.integer(1, now_).text(2, w.audit_action).text(3, w.kind + ":" + w.key).step();
    }
    ++changes_;
    return true;
}

void EntityWriter::finish() { write_cursor(db_, "seq", std::to_string(seq_)); }

}  // namespace kiosk::sync::server::hub
