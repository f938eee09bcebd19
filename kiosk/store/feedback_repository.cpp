#include "kiosk/store/feedback_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

core::Id FeedbackRepository::add(WriteTransaction& tx, const core::Feedback& f, const PayloadFor& payload_for,
                                 std::optional<core::Timestamp> record_time) {
    auto insert = tx.db().cached(
        "INSERT INTO feedback (session_id, child_face, adult_face, comment, anonymous, at, venue_id, week) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    // Anonymous feedback keeps no session (schema v20's CHECK refuses one).
    if (f.anonymous || f.session_id == 0) {
        insert.bind(1, std::nullopt);
    } else {
        insert.bind(1, f.session_id);
    }
    insert.bind(2, f.child_face).bind(3, f.adult_face).bind(4, f.comment).bind(5, f.anonymous);
    insert.bind(6, core::to_unix(f.at));
    if (f.venue_id != 0) {
        insert.bind(7, f.venue_id);
    } else {
        insert.bind(7, std::nullopt);
    }
    insert.bind(8, f.week).run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("feedback.created", "feedback", id, f.anonymous ? "anonymous" : "");
    tx.enqueue(OutboxMessage{.kind = "feedback", .entity_id = id, .payload = payload_for(id), .created_at = record_time});
    return id;
}

std::vector<core::Feedback> FeedbackRepository::for_session(core::Id session_id) {
    std::vector<core::Feedback> out;
    auto s = db_.cached("SELECT id, session_id, child_face, adult_face, comment, anonymous, at, "
                        "coalesce(venue_id, 0), week FROM feedback WHERE session_id = ? ORDER BY id");
    s.bind_all(session_id);
    while (s.step()) {
        out.push_back(core::Feedback{.id = s.int64(0),
                                     .session_id = s.int64(1),
                                     .child_face = s.integer(2),
                                     .adult_face = s.integer(3),
                                     .comment = s.text(4),
                                     .anonymous = s.int64(5) != 0,
                                     .at = core::from_unix(s.int64(6)),
                                     .venue_id = s.int64(7),
                                     .week = s.text(8)});
    }
    return out;
}

}  // namespace kiosk::store
