// ReplicaApplier: observation records (drafts another device writes, final records, addenda,
// reviews), receipts, and what every kind shares: finding rows by UUID.
#include <nlohmann/json.hpp>

#include "kiosk/core/merge_rules.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/core/siblings.hpp"
#include "kiosk/store/replica_applier.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace r = core::replica;
namespace {
std::optional<std::int64_t> unix_or_null(const std::optional<core::Timestamp>& t) {
    if (!t) return std::nullopt;
    return core::to_unix(*t);
}
}  // namespace

ReplicaApplier::ReplicaApplier(WriteTransaction& tx, std::string this_device)
    : tx_(tx), db_(tx.db()), uuids_(tx.db()), this_device_(std::move(this_device)) {}

void ReplicaApplier::apply(const r::Entity& entity) {
    std::visit([this](const auto& e) { apply_one(e); }, entity);
}

core::Id ReplicaApplier::need(Table table, const std::string& uuid, std::string_view from_kind) {
    if (const auto id = uuids_.id_of(table, uuid)) return *id;
    throw StoreError(StoreErrorKind::Invalid, "a pulled " + std::string(from_kind) + " refers to a row of " +
                                                  std::string(table_name(table)) + " this device does not hold");
}

std::optional<core::Id> ReplicaApplier::find(Table table, const std::string& uuid) { return uuids_.id_of(table, uuid); }

std::optional<core::Id> ReplicaApplier::optional_ref(Table table, const std::optional<std::string>& uuid,
                                                     std::string_view from_kind) {
    if (!uuid) return std::nullopt;
    return need(table, *uuid, from_kind);
}

bool ReplicaApplier::pending(std::string_view kind, core::Id id) {
    auto s = db_.cached("SELECT 1 FROM replication_journal WHERE kind = ? AND entity_id = ?");
    s.bind_all(kind, id);
    return s.step();
}

void ReplicaApplier::kept_held(std::string_view kind, core::Id id, std::string_view why) {
    tx_.audit("sync.kept_held", kind, id, why);
}

void ReplicaApplier::note_received(std::string_view kind) {
    db_.cached("INSERT INTO received_entries (kind, entity_id, received_at) VALUES (?, ?, ?)")
        .bind_all(kind, db_.last_insert_id(), core::to_unix(tx_.at()))
        .run();
}

void ReplicaApplier::write_record_body(core::Id record_id,
                                       const std::vector<std::pair<core::RecordSection, std::string>>& sections,
                                       const std::vector<core::TimelineEntry>& timeline,
                                       const std::vector<core::SiblingSection>& sibling_sections) {
    db_.cached("DELETE FROM record_sections WHERE record_id = ?").bind_all(record_id).run();
    db_.cached("DELETE FROM record_timeline WHERE record_id = ?").bind_all(record_id).run();
    for (const auto& [section, text] : sections) {
        db_.cached("INSERT INTO record_sections (record_id, section, text, updated_at) VALUES (?, ?, ?, ?)")
            .bind_all(record_id, core::to_string(section), text, core::to_unix(tx_.at()))
            .run();
    }
    for (const auto& part : sibling_sections) {  // a sibling's own parts (issue #16)
        db_.cached("INSERT INTO record_sections (record_id, section, text, updated_at) VALUES (?, ?, ?, ?)")
            .bind_all(record_id, core::sibling_section_key(part.section, part.position), part.text, core::to_unix(tx_.at()))
            .run();
    }
    for (const auto& entry : timeline) {
        db_.cached("INSERT INTO record_timeline (record_id, at, chip, text) VALUES (?, ?, ?, ?)")
            .bind_all(record_id, core::to_unix(entry.at), entry.chip, entry.text)
            .run();
    }
}

void ReplicaApplier::apply_one(const r::RecordDraft& v) {
    const core::Id session = need(Table::Sessions, v.session_uuid, "record_draft");
    const core::Id author = need(Table::Staff, v.author_uuid, "record_draft");
    // This device's own draft (now or from the hub's word) is written here: what it holds is newer.
    const bool ours = v.owner_device == this_device_;
    const auto existing = find(Table::Records, v.uuid);
    if (existing) {
        std::string state;
        std::string owner;
        {
            auto s = db_.cached("SELECT state, owner_device FROM observation_records WHERE id = ?");
            s.bind_all(*existing);
            s.step();
            state = s.text(0);
            owner = s.text(1);
        }
        if (state == "final") return;  // a final record is never a draft again
        if (owner.empty() && ours) return;
        // Another device writes it now (a hand-over, claimed there): this copy is to read.
        db_.cached("UPDATE observation_records SET owner_device = ? WHERE id = ?")
            .bind_all(ours ? std::string{} : (v.owner_device.empty() ? std::string{"*"} : v.owner_device), *existing)
            .run();
        if (!ours) write_record_body(*existing, v.sections, v.timeline, v.sibling_sections);
        return;
    }
    {
        auto s = db_.cached("SELECT id FROM observation_records WHERE session_id = ?");
        s.bind_all(session);
        if (s.step()) {
            kept_held("record_draft", s.int64(0), "a session has one record: the one held stays");
            return;
        }
    }
    db_.cached("INSERT INTO observation_records (uuid, session_id, author_id, state, created_at, owner_device) "
               "VALUES (?, ?, ?, 'draft', ?, ?)")
        .bind_all(v.uuid, session, author, core::to_unix(v.created_at),
                  ours ? std::string{} : (v.owner_device.empty() ? std::string{"*"} : v.owner_device))
        .run();
    write_record_body(db_.last_insert_id(), v.sections, v.timeline, v.sibling_sections);
}

void ReplicaApplier::apply_one(const r::FinalRecord& v) {
    const core::Id session = need(Table::Sessions, v.session_uuid, "observation_record");
    const core::Id author = need(Table::Staff, v.author_uuid, "observation_record");
    auto existing = find(Table::Records, v.uuid);
    if (existing) {
        auto s = db_.cached("SELECT state FROM observation_records WHERE id = ?");
        s.bind_all(*existing);
        s.step();
        if (s.text(0) == "final") return;  // already here, and locked
    } else {
        {
            auto s = db_.cached("SELECT id FROM observation_records WHERE session_id = ?");
            s.bind_all(session);
            if (s.step()) {
                kept_held("observation_record", s.int64(0), "a session has one record: the one held stays");
                return;
            }
        }
        db_.cached("INSERT INTO observation_records (uuid, session_id, author_id, state, created_at, owner_device) "
                   "VALUES (?, ?, ?, 'draft', ?, '*')")
            .bind_all(v.uuid, session, author, core::to_unix(v.created_at))
            .run();
        existing = db_.last_insert_id();
    }
    // The body and who wrote it go in while it is a draft; the one UPDATE that makes it final
    // locks both (v1, v12).
    write_record_body(*existing, v.sections, v.timeline, v.sibling_sections);
    write_record_writers(*existing, v.writers);
    db_.cached("UPDATE observation_records SET state = 'final', finalized_at = ?, signature = ?, due_at = ?, "
               "late_entry = ?, use_note = ?, owner_device = '*' WHERE id = ?")
        .bind_all(unix_or_null(v.finalized_at), v.signature, unix_or_null(v.due_at), v.late_entry, v.use_note,
                  *existing)
        .run();
}

void ReplicaApplier::apply_one(const r::Addendum& v) {
    if (find(Table::Addenda, v.uuid)) return;
    const core::Id record = need(Table::Records, v.record_uuid, "record_addendum");
    const core::Id author = need(Table::Staff, v.author_uuid, "record_addendum");
    db_.cached("INSERT INTO record_addenda (uuid, record_id, author_id, at, text) VALUES (?, ?, ?, ?, ?)")
        .bind_all(v.uuid, record, author, core::to_unix(v.at), v.text)
        .run();
}

void ReplicaApplier::apply_one(const r::Review& v) {
    const core::Id record = need(Table::Records, v.record_uuid, "record_review");
    const core::Id reviewer = need(Table::Staff, v.reviewed_by_uuid, "record_review");
    std::optional<std::string> held;
    {
        auto s = db_.cached("SELECT uuid FROM record_reviews WHERE record_id = ?");
        s.bind_all(record);
        if (s.step()) held = s.text(0);
    }
    const auto decision = core::merge::merge_review(held, v.uuid);
    if (decision == core::merge::AppendDecision::Refused) kept_held("record_review", record, "the first review stays");
    if (decision != core::merge::AppendDecision::Insert) return;
    db_.cached("INSERT INTO record_reviews (uuid, record_id, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?)")
        .bind_all(v.uuid, record, reviewer, core::to_unix(v.reviewed_at))
        .run();
}

void ReplicaApplier::apply_one(const r::Receipt& v) {
    // The upstream has these records: keep_synced_days counts from now. A receipt may overtake the
    // push answer it follows (lost on the way): the row is marked all the same, and is purged only
    // once it is also sent.
    db_.cached("UPDATE outbox SET confirmed_at = ? WHERE confirmed_at IS NULL AND uuid IN (SELECT value FROM json_each(?))")
        .bind_all(core::to_unix(tx_.at()), nlohmann::json(v.records).dump())
        .run();
    receipts_ += static_cast<std::size_t>(db_.changes());
}

}  // namespace kiosk::store
