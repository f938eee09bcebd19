#include "kiosk/store/demo_history.hpp"

#include <string>

#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

std::int64_t add_settled_history(WriteTransaction& tx, core::Timestamp ended_before, core::Id reviewer) {
    Database& db = tx.db();
    const std::int64_t cutoff = core::to_unix(ended_before);
    const std::int64_t first_new = [&] {
        auto s = db.cached("SELECT coalesce(max(id), 0) FROM observation_records");
        s.step();
        return s.int64(0);
    }();
    db.cached("INSERT INTO observation_records (session_id, author_id, state, created_at, finalized_at, signature, "
              "due_at, late_entry, use_note) "
              "SELECT s.id, s.worker_id, 'final', s.starts_at + s.minutes * 60, s.starts_at + s.minutes * 60 + 10800, "
              "'demo-history', s.starts_at + s.minutes * 60 + 86400, 0, ? FROM sessions s "
              "WHERE s.state IN ('ended', 'ended_early') AND s.worker_id IS NOT NULL "
              "AND s.starts_at + s.minutes * 60 < ? "
              "AND NOT EXISTS (SELECT 1 FROM observation_records r WHERE r.session_id = s.id)")
        .bind_all(std::string(core::kRecordUseNote), cutoff)
        .run();
    const std::int64_t added = db.changes();
    if (added == 0) return 0;
    if (reviewer != 0) {
        db.cached("INSERT INTO record_reviews (record_id, reviewed_by, reviewed_at) "
                  "SELECT id, ?, finalized_at + 50400 FROM observation_records WHERE id > ?")
            .bind_all(reviewer, first_new)
            .run();
    }
    db.cached("INSERT INTO purged_records (record_id, purged_at) SELECT id, ? FROM observation_records WHERE id > ?")
        .bind_all(core::to_unix(tx.at()), first_new)
        .run();
    tx.audit("demo.history_settled", "observation_record", 0, std::to_string(added) + " past records, sent and purged");
    return added;
}

}  // namespace kiosk::store
