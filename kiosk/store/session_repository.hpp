#pragma once
// Sessions (bookings) with their visit codes and per-party arrival windows.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/session.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class SessionRepository {
public:
    explicit SessionRepository(Database& db) : db_(db) {}

    core::Id add(WriteTransaction& tx, const core::Session& session);
    void set_state(WriteTransaction& tx, core::Id session_id, core::SessionState state);
    // The day's events (schema v2). Each checks the state machine like set_state.
    void record_child_arrived(WriteTransaction& tx, core::Id session_id, const std::string& brought_by);
    void record_parent_through(WriteTransaction& tx, core::Id session_id);
    // A sibling brought by their own carer (schema v13). Refused for a child not in the session,
    // one already arrived, or a closed session.
    void record_sibling_arrived(WriteTransaction& tx, core::Id session_id, core::Id child_id,
                                const std::string& brought_by);
    void record_started(WriteTransaction& tx, core::Id session_id);
    // `ended_early_reason` is a core::EndedEarlyReason name; empty for a session that ran its time.
    void record_ended(WriteTransaction& tx, core::Id session_id, const std::string& ended_early_reason,
                      const std::string& ended_early_words);

    std::optional<core::Session> find(core::Id id);
    std::optional<core::Session> find_by_visit_code(std::string_view code);
    // Sessions starting in [from, to), in time order, with their arrival windows.
    std::vector<core::Session> starting_between(core::Timestamp from, core::Timestamp to);
    bool visit_code_taken(std::string_view code);
    // Up to `limit` visit codes spread over the whole table (benchmarks look them up).
    std::vector<std::string> sample_visit_codes(int limit);
    // A child's sessions in time order (the coordinator's schedule and attendance history).
    std::vector<core::Session> of_child(core::Id child_id);

private:
    void load_windows(core::Session& session);
    void load_siblings(core::Session& session);
    Database& db_;
};

}  // namespace kiosk::store
