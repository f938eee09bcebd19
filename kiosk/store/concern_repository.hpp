#pragma once
// Safeguarding concerns: saved with their severity and queued in the outbox's fast lane in
// the same transaction, so they leave the device as soon as any network is there.
#include <string>
#include <vector>

#include "kiosk/core/safeguarding.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class ConcernRepository {
public:
    explicit ConcernRepository(Database& db) : db_(db) {}

    core::Id add(WriteTransaction& tx, const core::Concern& concern, const std::string& outbox_payload);
    std::vector<core::Concern> for_session(core::Id session_id);
    std::vector<core::Concern> raised_between(core::Timestamp from, core::Timestamp to);

private:
    Database& db_;
};

}  // namespace kiosk::store
