#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/feedback_rules.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

namespace {
const Timestamp kDayStart = from_unix(1795392000);  // 2026-11-23 00:00 London (UTC in winter)
const DayBounds kToday{kDayStart, kDayStart + 24h};

Session session_at(Timestamp starts, SessionState state = SessionState::Booked) {
    Session s;
    s.starts_at = starts;
    s.minutes = 60;
    s.state = state;
    return s;
}
}  // namespace

TEST_CASE("feedback opens when the visit starts and stays open until the end of its day") {
    struct Row {
        const char* what;
        Session session;
        bool at_this_venue;
        Timestamp now;
        FeedbackCodeStatus expected;
    };
    const Timestamp ten = kDayStart + 10h;
    const Row rows[] = {
        {"during the visit", session_at(ten), true, ten + 5min, FeedbackCodeStatus::Valid},
        {"after it ended", session_at(ten, SessionState::Ended), true, ten + 5h, FeedbackCodeStatus::Valid},
        {"ended early", session_at(ten, SessionState::EndedEarly), true, ten + 2h, FeedbackCodeStatus::Valid},
        {"last minute of the day", session_at(ten, SessionState::Ended), true, kToday.end - 1s, FeedbackCodeStatus::Valid},
        {"before it starts", session_at(ten), true, ten - 1min, FeedbackCodeStatus::NotStartedYet},
        {"yesterday's visit", session_at(ten - 24h, SessionState::Ended), true, ten, FeedbackCodeStatus::OtherDay},
        {"tomorrow's visit", session_at(ten + 24h), true, ten, FeedbackCodeStatus::OtherDay},
        {"another venue", session_at(ten), false, ten + 5min, FeedbackCodeStatus::OtherVenue},
        {"cancelled", session_at(ten, SessionState::Cancelled), true, ten + 5min, FeedbackCodeStatus::SessionCancelled},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(check_feedback_code(row.session, row.at_this_venue, row.now, kToday) == row.expected);
    }
}

TEST_CASE("faces run from 1 to 5, and 0 means not given") {
    for (const int face : {0, 1, 3, 5}) CHECK(is_face_or_none(face));
    for (const int face : {-1, 6, 100}) CHECK_FALSE(is_face_or_none(face));
}
