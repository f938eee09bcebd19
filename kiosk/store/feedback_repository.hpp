#pragma once
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/check_in.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class FeedbackRepository {
public:
    explicit FeedbackRepository(Database& db) : db_(db) {}
    // Saves it and queues its outbox copy; `record_time` is the time the copy says it was made
    // (the start of the week for anonymous feedback), the transaction's when not given.
    core::Id add(WriteTransaction& tx, const core::Feedback& feedback, const std::string& outbox_payload,
                 std::optional<core::Timestamp> record_time = std::nullopt);
    // The named feedback of a visit (anonymous feedback names none).
    std::vector<core::Feedback> for_session(core::Id session_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
