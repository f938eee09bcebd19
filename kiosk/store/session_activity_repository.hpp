#pragma once
// Which library activities each session did (staff note them; the lobby reads them to avoid
// suggesting the same thing again).
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class SessionActivityRepository {
public:
    explicit SessionActivityRepository(Database& db) : db_(db) {}

    void add(WriteTransaction& tx, core::Id session_id, const std::string& activity_id);
    std::vector<std::string> for_session(core::Id session_id);
    // Activity ids done in the child's last `sessions` sessions that started before `before`
    // and took place (cancelled and no-show sessions did nothing).
    std::vector<std::string> recent_for_child(core::Id child_id, core::Timestamp before, int sessions = 3);

private:
    Database& db_;
};

}  // namespace kiosk::store
