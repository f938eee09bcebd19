#include "kiosk/store/record_repository.hpp"

#include "kiosk/core/siblings.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
void refuse_if_final(Database& db, core::Id record_id) {
    std::string owner;
    {
        auto s = db.cached("SELECT state, owner_device FROM observation_records WHERE id = ?");
        s.bind_all(record_id);
        if (!s.step()) throw StoreError(StoreErrorKind::NotFound, "no such observation record");
        if (s.text(0) == "final") {
            throw StoreError(StoreErrorKind::Refused, "a final observation record cannot be changed; add an addendum");
        }
        owner = s.text(1);
    }
    // A draft belongs to one device (issue #13): a copy another device writes is to read here.
    // One handed over and not yet claimed ('*') is claimed by this first edit.
    if (owner == "*") {
        db.cached("UPDATE observation_records SET owner_device = '' WHERE id = ?").bind_all(record_id).run();
    } else if (!owner.empty()) {
        throw StoreError(StoreErrorKind::Refused, "this draft is being written on another device");
    }
}

// Throws NotFound for an unknown record.
bool is_final(Database& db, core::Id record_id) {
    auto s = db.cached("SELECT state FROM observation_records WHERE id = ?");
    s.bind_all(record_id);
    if (!s.step()) throw StoreError(StoreErrorKind::NotFound, "no such observation record");
    return s.text(0) == "final";
}
}  // namespace

core::Id RecordRepository::create_draft(WriteTransaction& tx, core::Id session_id, core::Id author_id) {
    tx.db().cached("INSERT INTO observation_records (session_id, author_id, state, created_at) "
                   "VALUES (?, ?, 'draft', ?)")
        .bind_all(session_id, author_id, core::to_unix(tx.at()))
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("record.created", "observation_record", id, "session=" + std::to_string(session_id));
    return id;
}

void RecordRepository::save_section(WriteTransaction& tx, core::Id record_id, core::RecordSection section,
                                    const std::string& text) {
    save_section_text(tx, record_id, std::string{core::to_string(section)}, text);
}

void RecordRepository::save_sibling_section(WriteTransaction& tx, core::Id record_id, core::RecordSection section,
                                            int position, const std::string& text) {
    save_section_text(tx, record_id, core::sibling_section_key(section, position), text);
}

void RecordRepository::save_section_text(WriteTransaction& tx, core::Id record_id, const std::string& key,
                                         const std::string& text) {
    refuse_if_final(tx.db(), record_id);
    tx.db().cached("INSERT INTO record_sections (record_id, section, text, updated_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(record_id, section) DO UPDATE SET text = excluded.text, "
                   "updated_at = excluded.updated_at")
        .bind_all(record_id, key, text, core::to_unix(tx.at()))
        .run();
    tx.audit("record.section_saved", "observation_record", record_id, key);
}

core::Id RecordRepository::add_timeline_entry(WriteTransaction& tx, core::Id record_id,
                                              const core::TimelineEntry& entry) {
    refuse_if_final(tx.db(), record_id);
    tx.db().cached("INSERT INTO record_timeline (record_id, at, chip, text) VALUES (?, ?, ?, ?)")
        .bind_all(record_id, core::to_unix(entry.at), entry.chip, entry.text)
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("record.timeline_added", "observation_record", record_id, "entry=" + std::to_string(id));
    return id;
}

void RecordRepository::finalize(WriteTransaction& tx, core::Id record_id, const FinalStamp& stamp) {
    refuse_if_final(tx.db(), record_id);
    auto update = tx.db().cached("UPDATE observation_records SET state = 'final', finalized_at = ?, signature = ?, "
                                 "due_at = ?, late_entry = ?, use_note = ? WHERE id = ?");
    update.bind_all(core::to_unix(tx.at()), stamp.signature);
    if (stamp.due_at) {
        update.bind(3, core::to_unix(*stamp.due_at));
    } else {
        update.bind(3, std::nullopt);
    }
    update.bind(4, stamp.late_entry).bind(5, stamp.use_note).bind(6, record_id).run();
    tx.audit("record.finalized", "observation_record", record_id, stamp.late_entry ? "late_entry" : "");
}

void RecordRepository::mark_reviewed(WriteTransaction& tx, core::Id record_id, core::Id reviewer_id) {
    if (!is_final(tx.db(), record_id)) {
        throw StoreError(StoreErrorKind::Refused, "only a final observation record can be reviewed");
    }
    {
        auto s = tx.db().cached("SELECT 1 FROM record_reviews WHERE record_id = ?");
        s.bind_all(record_id);
        if (s.step()) throw StoreError(StoreErrorKind::Refused, "this record has already been reviewed");
    }
    tx.db().cached("INSERT INTO record_reviews (record_id, reviewed_by, reviewed_at) VALUES (?, ?, ?)")
        .bind_all(record_id, reviewer_id, core::to_unix(tx.at()))
        .run();
    tx.audit("record.reviewed", "observation_record", record_id, "staff=" + std::to_string(reviewer_id));
}

core::Id RecordRepository::add_addendum(WriteTransaction& tx, core::Id record_id, const core::Addendum& a) {
    if (!is_final(tx.db(), record_id)) {
        throw StoreError(StoreErrorKind::Refused, "an addendum is added to a final record only; edit the draft instead");
    }
    tx.db().cached("INSERT INTO record_addenda (record_id, author_id, at, text) VALUES (?, ?, ?, ?)")
        .bind_all(record_id, a.author_id, core::to_unix(a.at), a.text)
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("record.addendum_added", "observation_record", record_id, "addendum=" + std::to_string(id));
    return id;
}

std::optional<core::ObservationRecord> RecordRepository::find(core::Id record_id) {
    core::ObservationRecord r;
    {
        auto s = db_.cached("SELECT id, session_id, author_id, state, created_at, finalized_at, signature, "
                            "due_at, late_entry, use_note FROM observation_records WHERE id = ?");
        s.bind_all(record_id);
        if (!s.step()) return std::nullopt;
        r.id = s.int64(0);
        r.session_id = s.int64(1);
        r.author_id = s.int64(2);
        r.state = core::parse_record_state(s.text(3)).value_or(core::RecordState::Draft);
        r.created_at = core::from_unix(s.int64(4));
        if (!s.is_null(5)) r.finalized_at = core::from_unix(s.int64(5));
        r.signature = s.text(6);
        if (!s.is_null(7)) r.due_at = core::from_unix(s.int64(7));
        r.late_entry = s.int64(8) != 0;
        r.use_note = s.text(9);
    }
    {
        auto s = db_.cached("SELECT reviewed_by, reviewed_at FROM record_reviews WHERE record_id = ?");
        s.bind_all(record_id);
        if (s.step()) r.review = core::RecordReview{s.int64(0), core::from_unix(s.int64(1))};
    }
    {
        auto s = db_.cached("SELECT section, text FROM record_sections WHERE record_id = ?");
        s.bind_all(record_id);
        while (s.step()) {
            const std::string key = s.text(0);
            if (auto section = core::parse_record_section(key)) {
                r.sections.emplace_back(*section, s.text(1));
            } else if (auto part = core::parse_sibling_section_key(key)) {
                r.sibling_sections.push_back({part->second, part->first, s.text(1)});
            }
        }
    }
    {
        auto s = db_.cached("SELECT id, at, chip, text FROM record_timeline WHERE record_id = ? ORDER BY at, id");
        s.bind_all(record_id);
        while (s.step()) {
            r.timeline.push_back({s.int64(0), core::from_unix(s.int64(1)), s.text(2), s.text(3)});
        }
    }
    {
        auto s = db_.cached("SELECT id, author_id, at, text FROM record_addenda WHERE record_id = ? ORDER BY at, id");
        s.bind_all(record_id);
        while (s.step()) r.addenda.push_back({s.int64(0), s.int64(1), core::from_unix(s.int64(2)), s.text(3)});
    }
    return r;
}

std::optional<core::ObservationRecord> RecordRepository::for_session(core::Id session_id) {
    core::Id id = 0;
    {
        auto s = db_.cached("SELECT id FROM observation_records WHERE session_id = ?");
        s.bind_all(session_id);
        if (!s.step()) return std::nullopt;
        id = s.int64(0);
    }
    return find(id);
}

}  // namespace kiosk::store
