#pragma once
// Letterbox arrangements and items (schema v22, issue #16, item 3). An arrangement is saved as the
// coordinator edits it (journaled, so it travels as a snapshot); an item is logged when it arrives
// and decided once (forwarded or held), when its record is queued for the social work team.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/core/letterbox.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

class Database;

class LetterboxRepository {
public:
    explicit LetterboxRepository(Database& db) : db_(db) {}

    // Adds a new arrangement (id 0) or changes one; returns its id.
    core::Id save_arrangement(WriteTransaction& tx, const core::LetterboxArrangement& arrangement);
    std::optional<core::LetterboxArrangement> arrangement(core::Id id);
    std::vector<core::LetterboxArrangement> arrangements_of_child(core::Id child_id);
    std::vector<core::LetterboxArrangement> active_arrangements();
    // The venue-local dates (YYYY-MM-DD) items under the arrangement were received on.
    std::vector<std::string> received_dates(core::Id arrangement_id, const std::string& time_zone);

    core::Id log_item(WriteTransaction& tx, const core::LetterboxItem& item);
    // Forwarded or held, once: throws StoreError Refused if it was decided already. Queues the
    // record with the payload `payload_for` makes from the decided row.
    void decide(WriteTransaction& tx, core::Id item_id, core::LetterboxDecision decision,
                const std::vector<core::LetterboxCheck>& checks_passed, const std::string& reason, core::Id checked_by,
                const PayloadFor& payload_for);
    std::optional<core::LetterboxItem> item(core::Id id);
    // Items still to be checked, oldest first.
    std::vector<core::LetterboxItem> waiting_items();
    // A child's items, newest first.
    std::vector<core::LetterboxItem> items_of_child(core::Id child_id, int limit = 20);

    // Children with a contact agreement whose first name starts with `prefix` (a letterbox
    // arrangement is made for one): id and first name, by name, at most `limit`.
    std::vector<std::pair<core::Id, std::string>> children_named(const std::string& prefix, int limit = 8);

private:
    Database& db_;
};

}  // namespace kiosk::store
