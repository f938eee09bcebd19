#pragma once
#include <optional>
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
    // Saves it and queues the record with the payload `payload_for` makes from the new row (its
    // UUIDs are there by then: app::payload_for reads them back in this transaction).
    // `record_time` is the time the record says it was made (the start of the week for
    // anonymous feedback, issue #16), the transaction's when not given.
    core::Id add(WriteTransaction& tx, const core::Feedback& feedback, const PayloadFor& payload_for,
                 std::optional<core::Timestamp> record_time = std::nullopt);
    core::Id add(WriteTransaction& tx, const core::Feedback& feedback, const std::string& outbox_payload,
                 std::optional<core::Timestamp> record_time = std::nullopt) {
        return add(tx, feedback, [&outbox_payload](core::Id) { return outbox_payload; }, record_time);
    }
    // The named feedback of a visit (anonymous feedback names none).
    std::vector<core::Feedback> for_session(core::Id session_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
