// HubStore: applying stored records and the upstream's feed to the venue's state, each in the
// same transaction as the cursor that says it was applied (hub_store.hpp says why).
#include <sodium.h>

#include <typeinfo>

#include "kiosk/log/log.hpp"
#include "sync/server/hub/entity_writer.hpp"
#include "sync/server/hub/hub_store.hpp"
#include "sync/server/server_sql.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;
using sql::Stmt;

namespace {

constexpr int kMessagesPerTransaction = 100;

void absorb(crypto_generichash_state& state, const std::string& text) {
    const auto length = static_cast<std::uint64_t>(text.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&length), sizeof length);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

// The hub's audit chain towards the upstream: each queued message's hash covers the previous
// row's hash and this message, so a queue rewritten or restored from an older copy shows.
std::string chain_hash(const std::string& previous, const StoredMessage& m) {
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    for (const std::string* part : {&previous, &m.uuid, &m.kind, &m.device_id, &m.created_at, &m.payload}) {
        absorb(state, *part);
    }
    absorb(state, std::to_string(m.position));
    std::array<unsigned char, 32> digest{};
    crypto_generichash_final(&state, digest.data(), digest.size());
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (const unsigned char byte : digest) {
        hex += kHex[byte >> 4];
        hex += kHex[byte & 0x0F];
    }
    return hex;
}

std::string last_chain_hash(sqlite3* db) {
    Stmt s(db, "SELECT chain_hash FROM hub_forward ORDER BY position DESC LIMIT 1");
    return s.step() ? s.column_text(0) : std::string(64, '0');
}

// Runs `work` inside a savepoint: when the rules refuse a message (a payload they cannot
// read), what it half wrote is undone and the rest of the transaction goes on. A database
// failure is not the rules': it ends the whole transaction.
template <class Work>
bool in_savepoint(sqlite3* db, const std::string& what, Work work) {
    sqlite3_exec(db, "SAVEPOINT hub_message", nullptr, nullptr, nullptr);
    try {
        work();
        sqlite3_exec(db, "RELEASE hub_message", nullptr, nullptr, nullptr);
        return true;
    } catch (const ServerStoreError&) {
        throw;
    } catch (const std::exception& error) {
        sqlite3_exec(db, "ROLLBACK TO hub_message", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "RELEASE hub_message", nullptr, nullptr, nullptr);
        // The kind and the exception's type only: a message's content never reaches the log.
        log::warning("venue hub: a " + what + " was not applied to the venue's state (" + typeid(error).name() + ")");
        return false;
    }
}

struct Applied {
    int messages = 0;
    std::size_t changes = 0;
};

}  // namespace

std::size_t HubStore::apply_pending(VenueRules& rules) {
    const std::lock_guard lock(mutex_);
    std::size_t changes = 0;
    for (;;) {
        const Applied applied = sql::in_transaction(db_, [&] {
            Applied out;
            const std::int64_t after = std::stoll(read_cursor(db_, "applied", "0"));
            Stmt read(db_, "SELECT a.position, r.uuid, r.kind, r.schema, r.created_at, r.device_id, r.payload "
                           "FROM hub_arrivals a JOIN records r ON r.uuid = a.uuid WHERE a.position > ? "
                           "ORDER BY a.position LIMIT ?");
            read.integer(1, after).integer(2, kMessagesPerTransaction);
            EntityWriter writer(db_, sql::unix_now());
            Stmt queue(db_, "INSERT INTO hub_forward (position, uuid, origin_device, chain_hash, queued_at) "
                            "VALUES (?, ?, ?, ?, ?)");
            std::string previous = last_chain_hash(db_);
            std::int64_t last = after;
            while (read.step()) {
                StoredMessage m{.position = read.column_int(0), .uuid = read.column_text(1), .kind = read.column_text(2),
                                .schema = static_cast<int>(read.column_int(3)), .created_at = read.column_text(4),
                                .device_id = read.column_text(5), .payload = read.column_text(6)};
                in_savepoint(db_, m.kind + " message", [&] {
                    for (const EntityWrite& w : rules.apply_message(m, writer)) writer.write(w, m.device_id);
                });
                // Every stored message goes upstream, whether or not it changed the state, but for
                // what the rules keep in the venue (a letterbox item still waiting for a worker).
                if (rules.goes_upstream(m)) {
                    previous = chain_hash(previous, m);
                    queue.reset();
                    queue.integer(1, m.position).text(2, m.uuid).text(3, m.device_id).text(4, previous);
                    queue.integer(5, sql::unix_now()).step();
                }
                last = m.position;
                ++out.messages;
            }
            if (out.messages > 0) {
                write_cursor(db_, "applied", std::to_string(last));
                writer.finish();
            }
            out.changes = writer.changes();
            return out;
        });
        changes += applied.changes;
        if (applied.messages < kMessagesPerTransaction) return changes;
    }
}

std::string HubStore::upstream_cursor() {
    const std::lock_guard lock(mutex_);
    return read_cursor(db_, "upstream_feed", "");
}

std::size_t HubStore::apply_upstream_page(const std::vector<json>& changes, const std::string& cursor,
                                          VenueRules& rules) {
    return apply_changes(changes, rules, &cursor);
}

std::size_t HubStore::apply_import(const std::vector<json>& changes, VenueRules& rules) {
    return apply_changes(changes, rules, nullptr);
}

std::size_t HubStore::apply_changes(const std::vector<json>& changes, VenueRules& rules, const std::string* cursor) {
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&] {
        EntityWriter writer(db_, sql::unix_now());
        for (const json& change : changes) {
            in_savepoint(db_, "change from the upstream", [&] {
                for (const EntityWrite& w : rules.apply_upstream(change, writer)) writer.write(w, std::nullopt);
            });
        }
        if (cursor != nullptr) write_cursor(db_, "upstream_feed", *cursor);
        writer.finish();
        return writer.changes();
    });
}

}  // namespace kiosk::sync::server::hub
