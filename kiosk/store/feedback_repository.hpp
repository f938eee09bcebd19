#pragma once
#include <string>
#include <vector>

#include "kiosk/core/check_in.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class FeedbackRepository {
public:
    explicit FeedbackRepository(Database& db) : db_(db) {}
    core::Id add(WriteTransaction& tx, const core::Feedback& feedback, const std::string& outbox_payload);
    std::vector<core::Feedback> for_session(core::Id session_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
