#pragma once
// The events of a video or phone call (schema v14): who joined, left or dropped, append-only.
#include <vector>

#include "kiosk/core/call_events.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class CallEventRepository {
public:
    explicit CallEventRepository(Database& db) : db_(db) {}

    core::Id add(WriteTransaction& tx, const core::CallEvent& event);
    // Oldest first.
    std::vector<core::CallEvent> for_session(core::Id session_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
