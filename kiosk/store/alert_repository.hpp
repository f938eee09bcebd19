#pragma once
#include <vector>

#include "kiosk/core/alert.hpp"

#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class AlertRepository {
public:
    explicit AlertRepository(Database& db) : db_(db) {}

    // Raises an alert for staff and queues it in the fast lane.
    // Queues the record with the payload `payload_for` makes from the new row (its UUIDs are
    // there by then: app::payload_for reads them back in this transaction).
    core::Id raise(WriteTransaction& tx, const core::Alert& alert, const PayloadFor& payload_for);
    core::Id raise(WriteTransaction& tx, const core::Alert& alert, const std::string& outbox_payload) {
        return raise(tx, alert, [&outbox_payload](core::Id) { return outbox_payload; });
    }
    void acknowledge(WriteTransaction& tx, core::Id alert_id, core::Id staff_id);
    std::vector<core::Alert> open_alerts();

private:
    Database& db_;
};

}  // namespace kiosk::store
