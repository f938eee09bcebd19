#pragma once
// Inside one hub transaction: reads the venue's state for the rules and writes the entities
// they merged, giving each one whose snapshot changed the next sequence number. Only the hub's
// store files use it, always inside sql::in_transaction on the hub's connection.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

#include "sync/server/hub/venue_rules.hpp"

namespace kiosk::sync::server::hub {

class EntityWriter final : public VenueState {
public:
    EntityWriter(sqlite3* db, std::int64_t now);

    std::optional<nlohmann::json> data(const std::string& kind, const std::string& key) const override;
    std::vector<nlohmann::json> find(const std::string& kind, const std::string& field, const nlohmann::json& value,
                                     int limit) const override;

    // True when the entity's snapshot changed (it then has the next sequence number).
    bool write(const EntityWrite& write, const std::optional<std::string>& origin_device);
    std::size_t changes() const { return changes_; }
    // Keeps the last sequence number given; call before the transaction commits.
    void finish();

private:
    sqlite3* db_;
    std::int64_t now_;
    std::int64_t seq_;
    std::size_t changes_ = 0;
};

// hub_cursors: a named position, or `fallback` when none was kept yet.
std::string read_cursor(sqlite3* db, const char* name, const std::string& fallback);
void write_cursor(sqlite3* db, const char* name, const std::string& value);

// A new random (version 4) UUID, for the hub's own entities (receipts, alerts it raises).
std::string new_uuid();

}  // namespace kiosk::sync::server::hub
