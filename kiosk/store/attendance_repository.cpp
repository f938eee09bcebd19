#include "kiosk/store/attendance_repository.hpp"

#include "kiosk/core/session.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
core::Attendance parse_kind(const std::string& text) {
    if (text == "cancelled_by_family") return core::Attendance::CancelledByFamily;
    if (text == "cancelled_by_service") return core::Attendance::CancelledByService;
    return core::Attendance::NoShow;
}
}  // namespace

core::Id AttendanceRepository::record_missed(WriteTransaction& tx, const core::MissedSession& m) {
    if (m.kind == core::Attendance::Attended) {
        throw StoreError(StoreErrorKind::Invalid, "an attended session is not a missed one");
    }
    Database& db = tx.db();
    std::string state;
    {
        auto s = db.cached("SELECT state FROM sessions WHERE id = ?");
        s.bind_all(m.session_id);
        if (!s.step()) throw StoreError(StoreErrorKind::NotFound, "no such session");
        state = s.text(0);
    }
    const auto current = core::parse_session_state(state).value_or(core::SessionState::Booked);
    const auto next = m.kind == core::Attendance::NoShow ? core::SessionState::NoShow : core::SessionState::Cancelled;
    if (!core::can_transition(current, next)) {
        throw StoreError(StoreErrorKind::Refused, "this session is already " + state + " and cannot be marked missed");
    }
    db.cached("UPDATE sessions SET state = ? WHERE id = ?").bind_all(core::to_string(next), m.session_id).run();
    db.cached("INSERT INTO missed_sessions (session_id, kind, who, reason, recorded_by, recorded_at) "
              "VALUES (?, ?, ?, ?, ?, ?)")
        .bind_all(m.session_id, core::to_string(m.kind), m.who, m.reason, m.recorded_by, core::to_unix(m.recorded_at))
        .run();
    const core::Id id = db.last_insert_id();
    tx.audit("session.missed", "session", m.session_id, std::string(core::to_string(m.kind)));
    return id;
}

std::optional<core::MissedSession> AttendanceRepository::missed_for_session(core::Id session_id) {
    auto s = db_.cached("SELECT id, session_id, kind, who, reason, recorded_by, recorded_at FROM missed_sessions "
                        "WHERE session_id = ?");
    s.bind_all(session_id);
    if (!s.step()) return std::nullopt;
    return core::MissedSession{s.int64(0), s.int64(1), parse_kind(s.text(2)), s.text(3),
                               s.text(4),  s.int64(5), core::from_unix(s.int64(6))};
}

std::vector<core::Attendance> AttendanceRepository::history(core::Id child_id, core::Timestamp now) {
    std::vector<core::Attendance> out;
    auto s = db_.cached(
        "SELECT s.state, coalesce(m.kind, '') FROM sessions s LEFT JOIN missed_sessions m ON m.session_id = s.id "
        "WHERE s.child_id = ? AND s.starts_at <= ? ORDER BY s.starts_at, s.id");
    s.bind_all(child_id, core::to_unix(now));
    while (s.step()) {
        const std::string state = s.text(0);
        const std::string kind = s.text(1);
        if (!kind.empty()) {
            out.push_back(parse_kind(kind));
        } else if (state == "no_show") {
            out.push_back(core::Attendance::NoShow);
        } else if (state == "cancelled") {
            out.push_back(core::Attendance::CancelledByService);  // no reason recorded: not held against the family
        } else if (state != "booked") {
            out.push_back(core::Attendance::Attended);
        }
    }
    return out;
}

core::Id AttendanceRepository::raise_flag(WriteTransaction& tx, core::Id child_id, const std::string& kind) {
    tx.db().cached("INSERT INTO case_flags (child_id, kind, raised_at) VALUES (?, ?, ?)")
        .bind_all(child_id, kind, core::to_unix(tx.at()))
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("case.flagged", "child", child_id, kind);
    return id;
}

bool AttendanceRepository::has_open_flag(core::Id child_id, const std::string& kind) {
    auto s = db_.cached("SELECT 1 FROM case_flags WHERE child_id = ? AND kind = ? AND resolved_at IS NULL");
    s.bind_all(child_id, kind);
    return s.step();
}

std::vector<CaseFlag> AttendanceRepository::open_flags() {
    std::vector<CaseFlag> out;
    auto s = db_.cached("SELECT id, child_id, kind, raised_at FROM case_flags WHERE resolved_at IS NULL ORDER BY raised_at");
    while (s.step()) out.push_back({s.int64(0), s.int64(1), s.text(2), core::from_unix(s.int64(3))});
    return out;
}

std::vector<CaseFlag> AttendanceRepository::open_flags_of(core::Id child_id) {
    std::vector<CaseFlag> out;
    auto s = db_.cached("SELECT id, child_id, kind, raised_at FROM case_flags WHERE child_id = ? AND resolved_at IS NULL "
                        "ORDER BY raised_at");
    s.bind_all(child_id);
    while (s.step()) out.push_back({s.int64(0), s.int64(1), s.text(2), core::from_unix(s.int64(3))});
    return out;
}

void AttendanceRepository::resolve_flag(WriteTransaction& tx, core::Id flag_id, core::Id by_staff, const std::string& note) {
    tx.db().cached("UPDATE case_flags SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL")
        .bind_all(core::to_unix(tx.at()), by_staff, note, flag_id)
        .run();
    if (tx.db().changes() == 0) throw StoreError(StoreErrorKind::Refused, "no open case flag with that id");
    tx.audit("case.flag_resolved", "case_flag", flag_id, "staff=" + std::to_string(by_staff));
}

std::vector<MissedSessionNotice> AttendanceRepository::notices() {
    std::vector<MissedSessionNotice> out;
    auto s = db_.cached(
        "SELECT m.id, m.session_id, s.child_id, m.recorded_at, o.state = 'sent' FROM missed_sessions m "
        "JOIN sessions s ON s.id = m.session_id "
        "JOIN outbox o ON o.kind = 'missed_session_notice' AND o.entity_id = m.id ORDER BY m.recorded_at DESC");
    while (s.step()) {
        out.push_back({s.int64(0), s.int64(1), s.int64(2), core::from_unix(s.int64(3)), s.int64(4) != 0});
    }
    return out;
}

}  // namespace kiosk::store
