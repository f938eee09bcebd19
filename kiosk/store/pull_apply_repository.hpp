#pragma once
// Writes what the device pulls from its hub or the social work team's server: a page of venue
// entities (core/replica.hpp) applied by UUID through the merge rules (ReplicaApplier), in one
// transaction with the page's cursor, so a page is either all there or not at all. The
// transaction has replication muted: nothing a pull writes goes back as if this device made it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/replica.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

struct AppliedPage {
    std::size_t changes = 0;
    std::size_t receipts = 0;  // outbox records the upstream is now known to hold
};

class PullApplyRepository {
public:
    explicit PullApplyRepository(Database& db) : db_(db) {}

    // Applies the changes and saves the cursor with one audit row. Throws StoreError when the
    // database refuses a change or a change refers to a row this device does not hold; the
    // caller's transaction then rolls back whole.
    AppliedPage apply_page(WriteTransaction& tx, const std::vector<core::replica::Entity>& changes,
                           const std::string& cursor, const std::string& this_device);

    std::optional<std::string> cursor();

private:
    Database& db_;
};

}  // namespace kiosk::store
