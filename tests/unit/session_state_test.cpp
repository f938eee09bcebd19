#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/observation_record.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/supervision.hpp"

using namespace kiosk::core;

TEST_CASE("a session moves through the day in the allowed order only") {
    CHECK(can_transition(SessionState::Booked, SessionState::ParentArrived));
    CHECK(can_transition(SessionState::Booked, SessionState::ChildArrived));
    CHECK(can_transition(SessionState::ChildArrived, SessionState::InProgress));
    CHECK(can_transition(SessionState::InProgress, SessionState::EndedEarly));
    CHECK_FALSE(can_transition(SessionState::Booked, SessionState::Ended));
    CHECK_FALSE(can_transition(SessionState::Ended, SessionState::InProgress));
    CHECK_FALSE(can_transition(SessionState::Cancelled, SessionState::ParentArrived));
}

TEST_CASE("closed sessions are the finished ones") {
    CHECK(is_closed(SessionState::Ended));
    CHECK(is_closed(SessionState::Cancelled));
    CHECK_FALSE(is_closed(SessionState::InProgress));
}

TEST_CASE("stored names round-trip for every enum value") {
    for (auto level : {SupervisionLevel::Unsupervised, SupervisionLevel::Supported, SupervisionLevel::Supervised,
                       SupervisionLevel::CloselySupervised}) {
        CHECK(parse_supervision_level(to_string(level)) == level);
    }
    for (int i = 0; i <= static_cast<int>(SessionState::NoShow); ++i) {
        const auto state = static_cast<SessionState>(i);
        CHECK(parse_session_state(to_string(state)) == state);
    }
    for (int i = 0; i <= static_cast<int>(RecordSection::Analysis); ++i) {
        const auto section = static_cast<RecordSection>(i);
        CHECK(parse_record_section(to_string(section)) == section);
    }
    CHECK_FALSE(parse_supervision_level("mostly"));
}
