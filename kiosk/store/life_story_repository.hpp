#pragma once
// Life-story notes (schema v21, issue #16, item 4): written once, queued sealed for the social
// work team in the same transaction, read back for the child's list.
#include <optional>
#include <vector>

#include "kiosk/core/life_story.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

class Database;

class LifeStoryRepository {
public:
    explicit LifeStoryRepository(Database& db) : db_(db) {}

    // Saves the note, its audit row and its outbox record (the payload `payload_for` makes from
    // the new row). Returns its id.
    core::Id add(WriteTransaction& tx, const core::LifeStoryNote& note, const PayloadFor& payload_for);
    std::optional<core::LifeStoryNote> find(core::Id id);
    // The child's notes, newest first (words empty once purged: purged_entries says so).
    std::vector<core::LifeStoryNote> of_child(core::Id child_id, int limit = 50);

private:
    Database& db_;
};

}  // namespace kiosk::store
