#pragma once
#include <string>
#include <vector>

#include "kiosk/core/check_in.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class CheckInRepository {
public:
    explicit CheckInRepository(Database& db) : db_(db) {}

    // Saves a check-in and queues it for the social work team. A person already checked in
    // to the session is refused (StoreError Refused).
    core::Id add(WriteTransaction& tx, const core::CheckIn& check_in, const std::string& outbox_payload);
    std::vector<core::CheckIn> for_session(core::Id session_id);
    // Whether this adult has confirmed this agreement version at any earlier check-in.
    bool has_confirmed_version(core::Id adult_id, core::Id agreement_version_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
