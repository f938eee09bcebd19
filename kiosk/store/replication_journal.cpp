#include "kiosk/store/replication_journal.hpp"

#include <nlohmann/json.hpp>

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

std::vector<JournalEntry> ReplicationJournal::pending(int limit, core::Id after_seq) {
    std::vector<JournalEntry> out;
    auto s = db_.cached(
        "SELECT seq, kind, entity_id, generation, CASE WHEN sent_generation = generation THEN message_uuid END, "
        "CASE WHEN sent_generation = generation THEN message_payload END FROM replication_journal "
        "WHERE seq > ? AND NOT (refused <> '' AND sent_generation = generation) ORDER BY seq LIMIT ?");
    s.bind_all(after_seq, limit);
    while (s.step()) {
        JournalEntry e{.seq = s.int64(0), .kind = s.text(1), .entity_id = s.int64(2), .generation = s.int64(3),
                       .message_uuid = std::nullopt, .message_payload = std::nullopt};
        if (!s.is_null(4)) e.message_uuid = s.text(4);
        if (!s.is_null(5)) e.message_payload = s.text(5);
        out.push_back(std::move(e));
    }
    return out;
}

std::int64_t ReplicationJournal::waiting() {
    auto s = db_.cached("SELECT count(*) FROM replication_journal WHERE NOT (refused <> '' AND sent_generation = generation)");
    s.step();
    return s.int64(0);
}

void ReplicationJournal::keep_message(WriteTransaction& tx, const JournalEntry& entry, const std::string& message_uuid,
                                      const std::string& payload) {
    tx.db().cached("UPDATE replication_journal SET message_uuid = ?, message_payload = ?, sent_generation = ?, "
                   "refused = '' WHERE seq = ?")
        .bind_all(message_uuid, payload, entry.generation, entry.seq)
        .run();
}

void ReplicationJournal::settle(WriteTransaction& tx, const std::vector<std::string>& message_uuids) {
    if (message_uuids.empty()) return;
    const std::string list = nlohmann::json(message_uuids).dump();
    Database& db = tx.db();
    db.cached("DELETE FROM replication_journal WHERE generation = sent_generation "
              "AND message_uuid IN (SELECT value FROM json_each(?))")
        .bind_all(list)
        .run();
    const auto done = db.changes();
    // Changed again while the snapshot was on its way: the next one carries the change.
    db.cached("UPDATE replication_journal SET message_uuid = NULL, message_payload = NULL, sent_generation = NULL "
              "WHERE message_uuid IN (SELECT value FROM json_each(?))")
        .bind_all(list)
        .run();
    std::string detail = std::to_string(message_uuids.size()) + " snapshots (" + std::to_string(done) + " done):";
    for (const auto& uuid : message_uuids) detail += " " + uuid;
    tx.audit("replication.sent", "replication_journal", 0, detail);
}

void ReplicationJournal::refuse(WriteTransaction& tx, const std::string& message_uuid, const std::string& reason) {
    tx.db().cached("UPDATE replication_journal SET refused = ? WHERE message_uuid = ?")
        .bind_all(reason.empty() ? std::string{"refused"} : reason, message_uuid)
        .run();
    tx.audit("replication.refused", "replication_journal", 0, message_uuid);
}

std::vector<RefusedSnapshot> ReplicationJournal::refused() {
    std::vector<RefusedSnapshot> out;
    auto s = db_.cached("SELECT message_uuid, kind, refused FROM replication_journal "
                        "WHERE refused <> '' AND sent_generation = generation ORDER BY seq");
    while (s.step()) out.push_back({s.text(0), s.text(1), s.text(2)});
    return out;
}

std::int64_t ReplicationJournal::requeue_refused(WriteTransaction& tx, const std::vector<std::string>& message_uuids) {
    std::vector<std::string> chosen;
    {
        auto s = tx.db().cached("SELECT message_uuid FROM replication_journal WHERE refused <> '' "
                                "AND sent_generation = generation "
                                "AND (? = 0 OR message_uuid IN (SELECT value FROM json_each(?))) ORDER BY seq");
        s.bind_all(message_uuids.empty() ? 0 : 1, nlohmann::json(message_uuids).dump());
        while (s.step()) chosen.push_back(s.text(0));
    }
    if (chosen.empty()) return 0;
    tx.db().cached("UPDATE replication_journal SET refused = '' WHERE message_uuid IN (SELECT value FROM json_each(?))")
        .bind_all(nlohmann::json(chosen).dump())
        .run();
    std::string detail = std::to_string(chosen.size()) + (chosen.size() == 1 ? " snapshot:" : " snapshots:");
    for (const auto& uuid : chosen) detail += " " + uuid;
    tx.audit("replication.requeued", "replication_journal", 0, detail);
    return static_cast<std::int64_t>(chosen.size());
}

void ReplicationJournal::drop(WriteTransaction& tx, core::Id seq) {
    tx.db().cached("DELETE FROM replication_journal WHERE seq = ?").bind_all(seq).run();
    tx.audit("replication.dropped", "replication_journal", seq, "nothing left to send");
}

}  // namespace kiosk::store
