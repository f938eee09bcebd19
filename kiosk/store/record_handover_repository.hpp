#pragma once
// Who holds a draft record and who wrote which part of it (schema v12). A draft is handed from
// one worker to another when its writer cannot finish it; the record keeps every hand-over
// and, per part (a section, or the timeline), everyone who wrote in it.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

struct RecordHandover {
    core::Id id = 0;
    core::Id record_id = 0;
    core::Id from_staff = 0;
    core::Id to_staff = 0;
    core::Id by_staff = 0;  // the coordinator who handed it over
    core::Timestamp at{};
    std::string reason;
};

struct RecordWriter {
    std::string part;  // a core::RecordSection name, or "timeline"
    core::Id staff_id = 0;
    core::Timestamp first_at{};
    core::Timestamp last_at{};
};

inline constexpr const char* kTimelinePart = "timeline";

class RecordHandoverRepository {
public:
    explicit RecordHandoverRepository(Database& db) : db_(db) {}

    // Refused (by trigger) for a final record.
    core::Id hand_over(WriteTransaction& tx, const RecordHandover& handover);
    // Oldest first.
    std::vector<RecordHandover> of_record(core::Id record_id);
    // The latest hand-over's receiver; nullopt when the draft was never handed over.
    std::optional<core::Id> holder(core::Id record_id);

    // Part of the write that changed `part`: its audit row says the rest.
    void note_writer(WriteTransaction& tx, core::Id record_id, const std::string& part, core::Id staff_id);
    // Per part, in the order people first wrote in it.
    std::vector<RecordWriter> writers(core::Id record_id);

private:
    Database& db_;
};

// SQL for "who holds record r's draft now" (a correlated expression on a table aliased `r`),
// shared by the queries that name a draft's owner.
inline constexpr const char* kDraftHolderSql =
    "coalesce((SELECT h.to_staff FROM record_handovers h WHERE h.record_id = r.id ORDER BY h.id DESC LIMIT 1), "
    "r.author_id)";

}  // namespace kiosk::store
