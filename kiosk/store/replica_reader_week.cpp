// ReplicaReader: the coordinator's week actions of issue #15 as records for the outbox (a
// hand-over, a cancelled or moved session, a closed referral), and who wrote which part of a
// record (it travels inside the final record). Read in the transaction that wrote them.
#include "kiosk/store/database.hpp"
#include "kiosk/store/replica_columns.hpp"
#include "kiosk/store/replica_reader.hpp"

namespace kiosk::store {
namespace r = core::replica;
using replica_columns::text_or_none;

std::optional<r::RecordHandover> ReplicaReader::handover(core::Id id) {
    // The reason is not read: it stays on this device (it may say why someone is off work).
    auto s = db_.cached("SELECT h.uuid, o.uuid, se.uuid, f.uuid, t.uuid, b.uuid, h.at FROM record_handovers h "
                        "JOIN observation_records o ON o.id = h.record_id JOIN sessions se ON se.id = o.session_id "
                        "JOIN staff f ON f.id = h.from_staff JOIN staff t ON t.id = h.to_staff "
                        "JOIN staff b ON b.id = h.by_staff WHERE h.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::RecordHandover{.uuid = s.text(0), .record_uuid = s.text(1), .session_uuid = s.text(2),
                             .from_staff_uuid = s.text(3), .to_staff_uuid = s.text(4), .by_staff_uuid = s.text(5),
                             .at = core::from_unix(s.int64(6))};
}

std::optional<r::SessionChange> ReplicaReader::session_change(core::Id id, std::optional<core::Id> closed_referral) {
    auto s = db_.cached("SELECT c.uuid, se.uuid, ch.uuid, se.starts_at, c.reason, b.uuid, c.at, n.uuid, n.starts_at "
                        "FROM session_changes c JOIN sessions se ON se.id = c.session_id "
                        "JOIN children ch ON ch.id = se.child_id JOIN staff b ON b.id = c.by_staff "
                        "LEFT JOIN sessions n ON n.id = c.new_session_id WHERE c.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    r::SessionChange v{.uuid = s.text(0), .session_uuid = s.text(1), .child_uuid = s.text(2),
                       .starts_at = core::from_unix(s.int64(3)), .reason = s.text(4), .by_staff_uuid = s.text(5),
                       .recorded_at = core::from_unix(s.int64(6)), .closed_referral_uuid = std::nullopt,
                       .new_session_uuid = text_or_none(s, 7), .new_starts_at = std::nullopt};
    if (v.new_session_uuid) v.new_starts_at = core::from_unix(s.int64(8));
    if (closed_referral) {
        auto q = db_.cached("SELECT uuid FROM referrals WHERE id = ?");
        q.bind_all(*closed_referral);
        if (q.step()) v.closed_referral_uuid = q.text(0);
    }
    return v;
}

std::optional<r::ReferralClosure> ReplicaReader::referral_closure(core::Id referral_id) {
    auto s = db_.cached("SELECT r.uuid, ch.uuid, c.reason, b.uuid, c.closed_at FROM referral_closures c "
                        "JOIN referrals r ON r.id = c.referral_id JOIN children ch ON ch.id = r.child_id "
                        "JOIN staff b ON b.id = c.closed_by WHERE c.referral_id = ?");
    s.bind_all(referral_id);
    if (!s.step()) return std::nullopt;
    return r::ReferralClosure{.referral_uuid = s.text(0), .child_uuid = s.text(1), .reason = s.text(2),
                              .closed_by_uuid = s.text(3), .closed_at = core::from_unix(s.int64(4))};
}

std::vector<r::RecordWriter> ReplicaReader::writers(core::Id record_id) {
    std::vector<r::RecordWriter> out;
    auto s = db_.cached("SELECT w.part, st.uuid, w.first_at, w.last_at FROM record_writers w "
                        "JOIN staff st ON st.id = w.staff_id WHERE w.record_id = ? ORDER BY w.part, w.first_at, st.uuid");
    s.bind_all(record_id);
    while (s.step()) {
        out.push_back({.part = s.text(0), .staff_uuid = s.text(1), .first_at = core::from_unix(s.int64(2)),
                       .last_at = core::from_unix(s.int64(3))});
    }
    return out;
}

}  // namespace kiosk::store
