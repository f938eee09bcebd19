#include "kiosk/store/sync_readiness_query.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/record_handover_repository.hpp"

namespace kiosk::store {
namespace {
std::vector<UnfinishedRecord> records_where(Database& db, const std::string& sql) {
    std::vector<UnfinishedRecord> out;
    auto s = db.cached(sql);
    while (s.step()) {
        out.push_back(UnfinishedRecord{.record_id = s.int64(0),
                                       .child_first_name = s.text(1),
                                       .author_name = s.text(2),
                                       .session_start = core::from_unix(s.int64(3)),
                                       .holder_name = s.text(4),
                                       .holder_active = s.int64(5) != 0});
    }
    return out;
}
}  // namespace

std::vector<UnfinishedRecord> draft_records(Database& db) {
    return records_where(db,
                         std::string("SELECT r.id, c.first_name, st.display_name, s.starts_at, h.display_name, h.active "
                                     "FROM observation_records r JOIN sessions s ON s.id = r.session_id "
                                     "JOIN children c ON c.id = s.child_id JOIN staff st ON st.id = r.author_id "
                                     "JOIN staff h ON h.id = ") +
                             kDraftHolderSql + " WHERE r.state = 'draft' ORDER BY s.starts_at, r.id");
}

std::vector<UnfinishedRecord> unreviewed_final_records(Database& db) {
    return records_where(db,
                         "SELECT r.id, c.first_name, st.display_name, s.starts_at, st.display_name, st.active "
                         "FROM observation_records r JOIN sessions s ON s.id = r.session_id "
                         "JOIN children c ON c.id = s.child_id JOIN staff st ON st.id = r.author_id "
                         "LEFT JOIN record_reviews rv ON rv.record_id = r.id "
                         "WHERE r.state = 'final' AND rv.record_id IS NULL ORDER BY s.starts_at, r.id");
}

std::vector<RejectedOutboxItem> rejected_outbox_items(Database& db) {
    std::vector<RejectedOutboxItem> out;
    auto s = db.cached("SELECT uuid, kind, coalesce(last_error, '') FROM outbox WHERE state = 'rejected' ORDER BY id DESC");
    while (s.step()) out.push_back(RejectedOutboxItem{.uuid = s.text(0), .kind = s.text(1), .reason = s.text(2)});
    return out;
}

}  // namespace kiosk::store
