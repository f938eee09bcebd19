#include "kiosk/store/session_repository.hpp"

#include <algorithm>

#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
constexpr const char* kColumns =
    "SELECT id, agreement_version_id, child_id, room_id, coalesce(worker_id, 0), starts_at, minutes, "
    "visit_code, state, brought_by, parent_through_at, started_at, ended_at, ended_early_reason, "
    "ended_early_words FROM sessions ";

std::optional<core::Timestamp> optional_time(const Statement& s, int column) {
    if (s.is_null(column)) return std::nullopt;
    return core::from_unix(s.int64(column));
}

core::Session read_session(const Statement& s) {
    core::Session session;
    session.id = s.int64(0);
    session.agreement_version_id = s.int64(1);
    session.child_id = s.int64(2);
    session.room_id = s.int64(3);
    session.worker_id = s.int64(4);
    session.starts_at = core::from_unix(s.int64(5));
    session.minutes = s.integer(6);
    session.visit_code = s.text(7);
    session.state = core::parse_session_state(s.text(8)).value_or(core::SessionState::Booked);
    session.brought_by = s.text(9);
    session.parent_through_at = optional_time(s, 10);
    session.started_at = optional_time(s, 11);
    session.ended_at = optional_time(s, 12);
    session.ended_early_reason = s.text(13);
    session.ended_early_words = s.text(14);
    return session;
}
}  // namespace

core::Id SessionRepository::add(WriteTransaction& tx, const core::Session& s) {
    Database& db = tx.db();
    auto insert = db.cached("INSERT INTO sessions (agreement_version_id, child_id, room_id, worker_id, "
                             "starts_at, minutes, visit_code, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind_all(s.agreement_version_id, s.child_id, s.room_id);
    if (s.worker_id != 0) {
        insert.bind(4, s.worker_id);
    } else {
        insert.bind(4, std::nullopt);
    }
    insert.bind(5, core::to_unix(s.starts_at))
        .bind(6, s.minutes)
        .bind(7, s.visit_code)
        .bind(8, core::to_string(s.state))
        .run();
    const core::Id id = db.last_insert_id();
    for (const auto& w : s.arrival_windows) {
        db.cached("INSERT INTO arrival_windows (session_id, party, arrive_from, arrive_until, leave_order) "
                  "VALUES (?, ?, ?, ?, ?)")
            .bind_all(id, core::to_string(w.party), core::to_unix(w.arrive_from),
                      core::to_unix(w.arrive_until), w.leave_order)
            .run();
    }
    for (const auto& sibling : s.siblings) {
        db.cached("INSERT INTO session_siblings (session_id, child_id, position, carer_arrive_from, "
                  "carer_arrive_until, carer_leave_order) VALUES (?, ?, ?, ?, ?, ?)")
            .bind_all(id, sibling.child_id, sibling.position, core::to_unix(sibling.carer_window.arrive_from),
                      core::to_unix(sibling.carer_window.arrive_until), sibling.carer_window.leave_order)
            .run();
    }
    tx.audit("session.created", "session", id);
    return id;
}

void SessionRepository::set_state(WriteTransaction& tx, core::Id session_id, core::SessionState state) {
    auto current = find(session_id);
    if (!current) throw StoreError(StoreErrorKind::NotFound, "no such session");
    if (!core::can_transition(current->state, state)) {
        throw StoreError(StoreErrorKind::Refused, "a session cannot go from " +
                                                      std::string(core::to_string(current->state)) + " to " +
                                                      std::string(core::to_string(state)));
    }
    tx.db().cached("UPDATE sessions SET state = ? WHERE id = ?").bind_all(core::to_string(state), session_id).run();
    tx.audit("session.state_changed", "session", session_id, std::string(core::to_string(state)));
}

void SessionRepository::record_child_arrived(WriteTransaction& tx, core::Id session_id,
                                             const std::string& brought_by) {
    set_state(tx, session_id, core::SessionState::ChildArrived);
    tx.db().cached("UPDATE sessions SET brought_by = ? WHERE id = ?").bind_all(brought_by, session_id).run();
}

void SessionRepository::record_sibling_arrived(WriteTransaction& tx, core::Id session_id, core::Id child_id,
                                               const std::string& brought_by) {
    const auto session = find(session_id);
    if (!session) throw StoreError(StoreErrorKind::NotFound, "no such session");
    if (core::is_closed(session->state)) throw StoreError(StoreErrorKind::Refused, "the session has finished");
    const auto sibling = std::find_if(session->siblings.begin(), session->siblings.end(),
                                      [&](const core::SessionSibling& s) { return s.child_id == child_id; });
    if (sibling == session->siblings.end()) throw StoreError(StoreErrorKind::NotFound, "that child is not in the session");
    if (sibling->arrived_at) throw StoreError(StoreErrorKind::Refused, "that child has arrived already");
    tx.db().cached("UPDATE session_siblings SET brought_by = ?, arrived_at = ? WHERE session_id = ? AND child_id = ?")
        .bind_all(brought_by, core::to_unix(tx.at()), session_id, child_id)
        .run();
    tx.audit("session.sibling_arrived", "session", session_id, "position=" + std::to_string(sibling->position));
}

void SessionRepository::record_parent_through(WriteTransaction& tx, core::Id session_id) {
    const auto session = find(session_id);
    if (!session) throw StoreError(StoreErrorKind::NotFound, "no such session");
    if (core::is_closed(session->state) || session->state == core::SessionState::Booked) {
        throw StoreError(StoreErrorKind::Refused, "the parent can be brought through only once they have arrived");
    }
    tx.db().cached("UPDATE sessions SET parent_through_at = ? WHERE id = ?")
        .bind_all(core::to_unix(tx.at()), session_id)
        .run();
    tx.audit("session.parent_through", "session", session_id);
}

void SessionRepository::record_started(WriteTransaction& tx, core::Id session_id) {
    set_state(tx, session_id, core::SessionState::InProgress);
    tx.db().cached("UPDATE sessions SET started_at = ? WHERE id = ?").bind_all(core::to_unix(tx.at()), session_id).run();
}

void SessionRepository::record_ended(WriteTransaction& tx, core::Id session_id, const std::string& ended_early_reason,
                                     const std::string& ended_early_words) {
    const bool early = !ended_early_reason.empty();
    set_state(tx, session_id, early ? core::SessionState::EndedEarly : core::SessionState::Ended);
    tx.db().cached("UPDATE sessions SET ended_at = ?, ended_early_reason = ?, ended_early_words = ? WHERE id = ?")
        .bind_all(core::to_unix(tx.at()), ended_early_reason, ended_early_words, session_id)
        .run();
}

void SessionRepository::load_windows(core::Session& session) {
    auto s = db_.cached("SELECT party, arrive_from, arrive_until, leave_order FROM arrival_windows "
                         "WHERE session_id = ? ORDER BY arrive_from");
    s.bind_all(session.id);
    while (s.step()) {
        session.arrival_windows.push_back(
            core::ArrivalWindow{.party = core::parse_party(s.text(0)).value_or(core::Party::Family),
                                .arrive_from = core::from_unix(s.int64(1)),
                                .arrive_until = core::from_unix(s.int64(2)),
                                .leave_order = s.integer(3)});
    }
}

void SessionRepository::load_siblings(core::Session& session) {
    auto s = db_.cached("SELECT child_id, position, carer_arrive_from, carer_arrive_until, carer_leave_order, "
                         "brought_by, arrived_at FROM session_siblings WHERE session_id = ? ORDER BY position");
    s.bind_all(session.id);
    while (s.step()) {
        core::SessionSibling sibling;
        sibling.child_id = s.int64(0);
        sibling.position = s.integer(1);
        sibling.carer_window = {core::Party::Carer, core::from_unix(s.int64(2)), core::from_unix(s.int64(3)), s.integer(4)};
        sibling.brought_by = s.text(5);
        sibling.arrived_at = optional_time(s, 6);
        session.siblings.push_back(std::move(sibling));
    }
}

std::optional<core::Session> SessionRepository::find(core::Id id) {
    std::optional<core::Session> found;
    {
        auto s = db_.cached(std::string(kColumns) + "WHERE id = ?");
        s.bind_all(id);
        if (!s.step()) return std::nullopt;
        found = read_session(s);
    }
    load_windows(*found);
    load_siblings(*found);
    return found;
}

std::optional<core::Session> SessionRepository::find_by_visit_code(std::string_view code) {
    std::optional<core::Session> found;
    {
        auto s = db_.cached(std::string(kColumns) + "WHERE visit_code = ?");
        s.bind_all(code);
        if (!s.step()) return std::nullopt;
        found = read_session(s);
    }
    load_windows(*found);
    load_siblings(*found);
    return found;
}

std::vector<core::Session> SessionRepository::starting_between(core::Timestamp from, core::Timestamp to) {
    std::vector<core::Session> out;
    {
        auto s = db_.cached(std::string(kColumns) + "WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, room_id");
        s.bind_all(core::to_unix(from), core::to_unix(to));
        while (s.step()) out.push_back(read_session(s));
    }
    for (auto& session : out) {
        load_windows(session);
        load_siblings(session);
    }
    return out;
}

std::vector<core::Session> SessionRepository::of_child(core::Id child_id) {
    std::vector<core::Session> out;
    {
        auto s = db_.cached(std::string(kColumns) + "WHERE child_id = ? ORDER BY starts_at");
        s.bind_all(child_id);
        while (s.step()) out.push_back(read_session(s));
    }
    for (auto& session : out) {
        load_windows(session);
        load_siblings(session);
    }
    return out;
}

bool SessionRepository::visit_code_taken(std::string_view code) {
    auto s = db_.cached("SELECT 1 FROM sessions WHERE visit_code = ?");
    s.bind_all(code);
    return s.step();
}

std::vector<std::string> SessionRepository::sample_visit_codes(int limit) {
    std::vector<std::string> out;
    auto count = db_.cached("SELECT max(id) FROM sessions");
    const std::int64_t highest = count.step() ? count.int64(0) : 0;
    const std::int64_t step = std::max<std::int64_t>(1, highest / std::max(1, limit));
    auto s = db_.cached("SELECT visit_code FROM sessions WHERE id % ? = 0 LIMIT ?");
    s.bind_all(step, limit);
    while (s.step()) out.push_back(s.text(0));
    return out;
}

}  // namespace kiosk::store
