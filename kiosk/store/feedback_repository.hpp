#pragma once
#include <string>
#include <vector>

#include "kiosk/core/check_in.hpp"

#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class FeedbackRepository {
public:
    explicit FeedbackRepository(Database& db) : db_(db) {}
    // Queues the record with the payload `payload_for` makes from the new row (its UUIDs are
    // there by then: app::payload_for reads them back in this transaction).
    core::Id add(WriteTransaction& tx, const core::Feedback& feedback, const PayloadFor& payload_for);
    core::Id add(WriteTransaction& tx, const core::Feedback& feedback, const std::string& outbox_payload) {
        return add(tx, feedback, [&outbox_payload](core::Id) { return outbox_payload; });
    }
    std::vector<core::Feedback> for_session(core::Id session_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
