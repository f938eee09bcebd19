#pragma once
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/alert.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class AlertRepository {
public:
    explicit AlertRepository(Database& db) : db_(db) {}

    // Raises an alert for staff and queues it in the fast lane.
    core::Id raise(WriteTransaction& tx, const core::Alert& alert, const std::string& outbox_payload);
    // Raises it unless the session already has an alert of this kind and detail (acknowledged
    // or not): the arrival watch's alerts are raised once. Nothing when one is there.
    std::optional<core::Id> raise_once(WriteTransaction& tx, const core::Alert& alert, const std::string& outbox_payload);
    void acknowledge(WriteTransaction& tx, core::Id alert_id, core::Id staff_id);
    std::vector<core::Alert> open_alerts();

private:
    Database& db_;
};

}  // namespace kiosk::store
