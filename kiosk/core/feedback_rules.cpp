#include "kiosk/core/feedback_rules.hpp"

namespace kiosk::core {

FeedbackCodeStatus check_feedback_code(const Session& session, bool at_this_venue, Timestamp now,
                                       DayBounds venue_day) {
    if (!at_this_venue) return FeedbackCodeStatus::OtherVenue;
    if (session.state == SessionState::Cancelled) return FeedbackCodeStatus::SessionCancelled;
    if (session.starts_at < venue_day.start || session.starts_at >= venue_day.end) {
        return FeedbackCodeStatus::OtherDay;
    }
    if (now < session.starts_at) return FeedbackCodeStatus::NotStartedYet;
    return FeedbackCodeStatus::Valid;
}

bool is_face_or_none(int face) { return face == 0 || (face >= kLowestFace && face <= kHighestFace); }

}  // namespace kiosk::core
