#include "kiosk/store/feedback_week_query.hpp"

#include "kiosk/store/database.hpp"

namespace kiosk::store {

std::vector<FeedbackRow> feedback_of_week(Database& db, const std::string& monday) {
    std::vector<FeedbackRow> out;
    auto s = db.cached(
        "SELECT f.id, coalesce(f.session_id, 0), f.child_face, f.adult_face, f.comment, f.anonymous, f.at, "
        "  coalesce(f.venue_id, 0), f.week, coalesce(v.name, ''), coalesce(c.first_name, ''), "
        "  EXISTS (SELECT 1 FROM purged_entries p WHERE p.kind = 'feedback' AND p.entity_id = f.id) "
        "FROM feedback f LEFT JOIN venues v ON v.id = f.venue_id "
        "LEFT JOIN sessions s ON s.id = f.session_id LEFT JOIN children c ON c.id = s.child_id "
        "WHERE f.week = ? "
        // Named feedback newest first; anonymous after it, in an order that says nothing of
        // when each was given (its time is only its week's start).
        "ORDER BY coalesce(v.name, ''), f.venue_id, f.anonymous, CASE WHEN f.anonymous = 0 THEN f.at END DESC, "
        "f.child_face DESC, f.comment");
    s.bind_all(monday);
    while (s.step()) {
        FeedbackRow row;
        row.feedback = core::Feedback{.id = s.int64(0),
                                      .session_id = s.int64(1),
                                      .child_face = s.integer(2),
                                      .adult_face = s.integer(3),
                                      .comment = s.text(4),
                                      .anonymous = s.int64(5) != 0,
                                      .at = core::from_unix(s.int64(6)),
                                      .venue_id = s.int64(7),
                                      .week = s.text(8)};
        row.venue_name = s.text(9);
        row.child_first_name = row.feedback.anonymous ? std::string{} : s.text(10);
        row.comment_removed = s.int64(11) != 0;
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<std::string> weeks_with_feedback(Database& db, int limit) {
    std::vector<std::string> out;
    auto s = db.cached("SELECT DISTINCT week FROM feedback WHERE week <> '' ORDER BY week DESC LIMIT ?");
    s.bind_all(limit);
    while (s.step()) out.push_back(s.text(0));
    return out;
}

}  // namespace kiosk::store
