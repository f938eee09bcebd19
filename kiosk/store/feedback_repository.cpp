#include "kiosk/store/feedback_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

core::Id FeedbackRepository::add(WriteTransaction& tx, const core::Feedback& f, const PayloadFor& payload_for) {
    tx.db().cached("INSERT INTO feedback (session_id, child_face, adult_face, comment, anonymous, at) "
                   "VALUES (?, ?, ?, ?, ?, ?)")
        .bind_all(f.session_id, f.child_face, f.adult_face, f.comment, f.anonymous, core::to_unix(f.at))
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("feedback.created", "feedback", id);
    tx.enqueue(OutboxMessage{.kind = "feedback", .entity_id = id, .payload = payload_for(id)});
    return id;
}

std::vector<core::Feedback> FeedbackRepository::for_session(core::Id session_id) {
    std::vector<core::Feedback> out;
    auto s = db_.cached("SELECT id, session_id, child_face, adult_face, comment, anonymous, at "
                        "FROM feedback WHERE session_id = ? ORDER BY id");
    s.bind_all(session_id);
    while (s.step()) {
        out.push_back(core::Feedback{.id = s.int64(0),
                                     .session_id = s.int64(1),
                                     .child_face = s.integer(2),
                                     .adult_face = s.integer(3),
                                     .comment = s.text(4),
                                     .anonymous = s.int64(5) != 0,
                                     .at = core::from_unix(s.int64(6))});
    }
    return out;
}

}  // namespace kiosk::store
