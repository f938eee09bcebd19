#pragma once
#include <string>
#include <vector>

#include "kiosk/core/check_in.hpp"

#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class CheckInRepository {
public:
    explicit CheckInRepository(Database& db) : db_(db) {}

    // Saves a check-in and queues it for the social work team. A person already checked in
    // to the session is refused (StoreError Refused).
    // Queues the record with the payload `payload_for` makes from the new row (its UUIDs are
    // there by then: app::payload_for reads them back in this transaction).
    core::Id add(WriteTransaction& tx, const core::CheckIn& check_in, const PayloadFor& payload_for);
    core::Id add(WriteTransaction& tx, const core::CheckIn& check_in, const std::string& outbox_payload) {
        return add(tx, check_in, [&outbox_payload](core::Id) { return outbox_payload; });
    }
    std::vector<core::CheckIn> for_session(core::Id session_id);
    // Whether this adult has confirmed this agreement version at any earlier check-in.
    bool has_confirmed_version(core::Id adult_id, core::Id agreement_version_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
