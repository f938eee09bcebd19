#pragma once
// Safeguarding concerns: saved with their severity and queued in the outbox's fast lane in
// the same transaction, so they leave the device as soon as any network is there.
#include <string>
#include <vector>

#include "kiosk/core/safeguarding.hpp"

#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class ConcernRepository {
public:
    explicit ConcernRepository(Database& db) : db_(db) {}

    // Queues the record with the payload `payload_for` makes from the new row (its UUIDs are
    // there by then: app::payload_for reads them back in this transaction).
    core::Id add(WriteTransaction& tx, const core::Concern& concern, const PayloadFor& payload_for);
    core::Id add(WriteTransaction& tx, const core::Concern& concern, const std::string& outbox_payload) {
        return add(tx, concern, [&outbox_payload](core::Id) { return outbox_payload; });
    }
    std::vector<core::Concern> for_session(core::Id session_id);
    std::vector<core::Concern> raised_between(core::Timestamp from, core::Timestamp to);

private:
    Database& db_;
};

}  // namespace kiosk::store
