#pragma once
// Booked sessions cancelled or moved by the coordinator (schema v12), with the reason the
// notice to the social work team gives. Append-only: a change is never edited or removed.
#include <optional>
#include <string>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

struct SessionChange {
    core::Id id = 0;
    core::Id session_id = 0;
    std::string kind;             // "cancelled" or "moved"
    core::Id new_session_id = 0;  // the session booked in its place, when moved
    std::string reason;
    core::Id by_staff = 0;
    core::Timestamp at{};
};

class SessionChangeRepository {
public:
    explicit SessionChangeRepository(Database& db) : db_(db) {}

    core::Id add(WriteTransaction& tx, const SessionChange& change);
    std::optional<SessionChange> for_session(core::Id session_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
