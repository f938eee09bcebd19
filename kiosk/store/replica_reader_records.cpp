// ReplicaReader: the records the outbox sends (replica_reader.hpp), read in the transaction that
// wrote them so the payload says exactly what was saved.
#include "kiosk/store/database.hpp"
#include "kiosk/store/replica_columns.hpp"
#include "kiosk/store/replica_reader.hpp"

#include "kiosk/core/siblings.hpp"

namespace kiosk::store {
namespace r = core::replica;
using replica_columns::text_or_none;
using replica_columns::time_or_none;

std::optional<r::CheckIn> ReplicaReader::check_in(core::Id id) {
    auto s = db_.cached("SELECT c.uuid, s.uuid, a.uuid, c.party, c.at, c.agreement_confirmed, c.agreement_version, "
                        "c.signed OR c.signature_strokes <> '' FROM check_ins c JOIN sessions s ON s.id = c.session_id "
                        "JOIN family_adults a ON a.id = c.adult_id WHERE c.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::CheckIn{.uuid = s.text(0), .session_uuid = s.text(1), .adult_uuid = s.text(2),
                      .party = core::parse_party(s.text(3)).value_or(core::Party::Family),
                      .at = core::from_unix(s.int64(4)), .agreement_confirmed = s.int64(5) != 0,
                      .agreement_version = s.integer(6), .signed_agreement = s.int64(7) != 0};
}

std::optional<r::Feedback> ReplicaReader::feedback(core::Id id) {
    auto s = db_.cached("SELECT f.uuid, s.uuid, f.child_face, f.adult_face, f.comment, f.anonymous, f.at "
                        "FROM feedback f JOIN sessions s ON s.id = f.session_id WHERE f.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::Feedback{.uuid = s.text(0), .session_uuid = s.text(1), .child_face = s.integer(2),
                       .adult_face = s.integer(3), .comment = s.text(4), .anonymous = s.int64(5) != 0,
                       .at = core::from_unix(s.int64(6))};
}

std::optional<r::Alert> ReplicaReader::alert(core::Id id) {
    auto s = db_.cached("SELECT a.uuid, a.kind, s.uuid, a.raised_at, a.detail FROM alerts a "
                        "LEFT JOIN sessions s ON s.id = a.session_id WHERE a.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::Alert{.uuid = s.text(0),
                    .kind = core::parse_alert_kind(s.text(1)).value_or(core::AlertKind::AttendeeNotApproved),
                    .session_uuid = text_or_none(s, 2), .raised_at = core::from_unix(s.int64(3)),
                    .detail = s.text(4)};
}

std::optional<r::Concern> ReplicaReader::concern(core::Id id) {
    auto s = db_.cached("SELECT c.uuid, s.uuid, w.uuid, c.raised_at, c.severity, c.text FROM concerns c "
                        "LEFT JOIN sessions s ON s.id = c.session_id JOIN staff w ON w.id = c.raised_by WHERE c.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::Concern{.uuid = s.text(0), .session_uuid = text_or_none(s, 1), .raised_by_uuid = s.text(2),
                      .raised_at = core::from_unix(s.int64(3)),
                      .severity = core::parse_concern_severity(s.text(4)).value_or(core::ConcernSeverity::Medium),
                      .text = s.text(5)};
}

std::optional<r::FinalRecord> ReplicaReader::final_record(core::Id record_id) {
    r::FinalRecord f;
    {
        auto s = db_.cached("SELECT o.uuid, s.uuid, a.uuid, o.created_at, o.late_entry, o.use_note, o.signature, "
                            "o.finalized_at, o.due_at FROM observation_records o JOIN sessions s ON s.id = o.session_id "
                            "JOIN staff a ON a.id = o.author_id WHERE o.id = ?");
        s.bind_all(record_id);
        if (!s.step()) return std::nullopt;
        f.uuid = s.text(0);
        f.session_uuid = s.text(1);
        f.author_uuid = s.text(2);
        f.created_at = core::from_unix(s.int64(3));
        f.late_entry = s.int64(4) != 0;
        f.use_note = s.text(5);
        f.signature = s.text(6);
        f.finalized_at = time_or_none(s, 7);
        f.due_at = time_or_none(s, 8);
    }
    {
        auto s = db_.cached("SELECT section, text FROM record_sections WHERE record_id = ? ORDER BY section");
        s.bind_all(record_id);
        while (s.step()) {
            if (auto section = core::parse_record_section(s.text(0))) {
                f.sections.emplace_back(*section, s.text(1));
            } else if (auto part = core::parse_sibling_section_key(s.text(0))) {
                f.sibling_sections.push_back({part->second, part->first, s.text(1)});  // issue #16
            }
        }
    }
    auto s = db_.cached("SELECT at, chip, text FROM record_timeline WHERE record_id = ? ORDER BY at, id");
    s.bind_all(record_id);
    while (s.step()) f.timeline.push_back({0, core::from_unix(s.int64(0)), s.text(1), s.text(2)});
    f.writers = writers(record_id);
    return f;
}

std::optional<r::Addendum> ReplicaReader::addendum(core::Id id) {
    auto s = db_.cached("SELECT d.uuid, o.uuid, a.uuid, d.at, d.text FROM record_addenda d "
                        "JOIN observation_records o ON o.id = d.record_id JOIN staff a ON a.id = d.author_id "
                        "WHERE d.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::Addendum{.uuid = s.text(0), .record_uuid = s.text(1), .author_uuid = s.text(2),
                       .at = core::from_unix(s.int64(3)), .text = s.text(4)};
}

std::optional<r::Review> ReplicaReader::review(core::Id record_id) {
    auto s = db_.cached("SELECT v.uuid, o.uuid, w.uuid, v.reviewed_at FROM record_reviews v "
                        "JOIN observation_records o ON o.id = v.record_id JOIN staff w ON w.id = v.reviewed_by "
                        "WHERE v.record_id = ?");
    s.bind_all(record_id);
    if (!s.step()) return std::nullopt;
    return r::Review{.uuid = s.text(0), .record_uuid = s.text(1), .reviewed_by_uuid = s.text(2),
                     .reviewed_at = core::from_unix(s.int64(3))};
}

std::optional<r::ComfortCallRecord> ReplicaReader::comfort_call_record(core::Id id) {
    auto call = comfort_call(id);
    if (!call || !call->held) return std::nullopt;
    auto s = db_.cached("SELECT c.uuid FROM comfort_calls k JOIN placements p ON p.id = k.placement_id "
                        "JOIN children c ON c.id = p.child_id WHERE k.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::ComfortCallRecord{std::move(*call), s.text(0)};
}

std::optional<r::IcebreakerRecord> ReplicaReader::icebreaker_record(core::Id id) {
    auto meeting = icebreaker(id);
    if (!meeting || !meeting->held) return std::nullopt;
    auto s = db_.cached("SELECT c.uuid FROM icebreakers i JOIN placements p ON p.id = i.placement_id "
                        "JOIN children c ON c.id = p.child_id WHERE i.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::IcebreakerRecord{std::move(*meeting), s.text(0)};
}

std::optional<r::MissedSessionNotice> ReplicaReader::missed_session_notice(core::Id missed_id,
                                                                         core::Timestamp send_after) {
    auto s = db_.cached("SELECT m.uuid, s.uuid, c.uuid, s.starts_at, m.kind, m.who, m.reason, w.uuid, m.recorded_at "
                        "FROM missed_sessions m JOIN sessions s ON s.id = m.session_id "
                        "JOIN children c ON c.id = s.child_id JOIN staff w ON w.id = m.recorded_by WHERE m.id = ?");
    s.bind_all(missed_id);
    if (!s.step()) return std::nullopt;
    return r::MissedSessionNotice{.uuid = s.text(0), .session_uuid = s.text(1), .child_uuid = s.text(2),
                                  .session_starts_at = core::from_unix(s.int64(3)),
                                  .kind = core::parse_attendance(s.text(4)).value_or(core::Attendance::NoShow),
                                  .who = s.text(5), .reason = s.text(6), .recorded_by_uuid = s.text(7),
                                  .recorded_at = core::from_unix(s.int64(8)), .send_after = send_after};
}

}  // namespace kiosk::store
