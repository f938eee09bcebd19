#pragma once
// When the lobby takes feedback for a visit: with the same visit code, from the moment the
// session starts until the end of that venue-local day. Faces are 1 (very sad) to 5 (very happy).
#include <cstddef>

#include "kiosk/core/session.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

enum class FeedbackCodeStatus {
    Valid,
    OtherVenue,        // a real code, for another venue
    OtherDay,          // the visit was (or will be) on another day
    NotStartedYet,     // today, but the visit has not started
    SessionCancelled,  // there was no visit to give feedback on
};

FeedbackCodeStatus check_feedback_code(const Session& session, bool at_this_venue, Timestamp now,
                                       DayBounds venue_day);

inline constexpr int kLowestFace = 1;
inline constexpr int kHighestFace = 5;
// 0 means "not given"; the scale is optional for both the child and the adult.
bool is_face_or_none(int face);

// A comment is a few sentences: long enough to say something, short enough for a lobby.
inline constexpr std::size_t kMaxFeedbackCommentBytes = 600;

}  // namespace kiosk::core
