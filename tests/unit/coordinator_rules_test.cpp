// Rules behind the coordinator face: agreement checks and defaults, session plans, the
// deadlines board's due times and order, missed-session and transition records, and the
// risk assessment's stored names.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>

#include "kiosk/core/agreement_rules.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/deadline_board.hpp"
#include "kiosk/core/due_dates.hpp"
#include "kiosk/core/missed_session.hpp"
#include "kiosk/core/placement.hpp"
#include "kiosk/core/risk_factor_names.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

namespace {
const std::string kLondon = "Europe/London";

AgreementVersion valid_version() {
    AgreementVersion v = default_agreement_version("2026-11-23");
    v.room_id = 1;
    v.session_minutes = 60;
    v.attendees = {{1, "Sarah", "Mum"}};
    v.rules = {{"phones_photos", "Phones stay in your bag."}};
    return v;
}

bool has(const std::vector<AgreementProblem>& problems, AgreementProblem p) {
    return std::find(problems.begin(), problems.end(), p) != problems.end();
}
}  // namespace

TEST_CASE("a complete agreement version has no problems") {
    CHECK(check_agreement(valid_version(), "2026-11-23").empty());
}

TEST_CASE("each missing or impossible part of an agreement is named") {
    struct Row {
        const char* what;
        void (*spoil)(AgreementVersion&);
        AgreementProblem expected;
    };
    const Row row = GENERATE(
        Row{"no attendees", [](AgreementVersion& v) { v.attendees.clear(); }, AgreementProblem::NoAttendees},
        Row{"no room", [](AgreementVersion& v) { v.room_id = 0; }, AgreementProblem::NoRoom},
        Row{"10 minutes", [](AgreementVersion& v) { v.session_minutes = 10; }, AgreementProblem::BadLength},
        Row{"grace 90", [](AgreementVersion& v) { v.grace_minutes = 90; }, AgreementProblem::BadGrace},
        Row{"grace -1", [](AgreementVersion& v) { v.grace_minutes = -1; }, AgreementProblem::BadGrace},
        Row{"0 hours", [](AgreementVersion& v) { v.recording_timescale_hours = 0; }, AgreementProblem::BadTimescale},
        Row{"30 working days", [](AgreementVersion& v) { v.recording_working_days = 30; }, AgreementProblem::BadTimescale},
        Row{"monthly", [](AgreementVersion& v) { v.frequency = "monthly"; }, AgreementProblem::BadFrequency},
        Row{"custom 0", [](AgreementVersion& v) { v.frequency = "custom"; }, AgreementProblem::BadFrequency},
        Row{"review today", [](AgreementVersion& v) { v.review_date = "2026-11-23"; }, AgreementProblem::BadReviewDate},
        Row{"review not a date", [](AgreementVersion& v) { v.review_date = "soon"; }, AgreementProblem::BadReviewDate},
        Row{"one party", [](AgreementVersion& v) { v.arrival_plans.pop_back(); }, AgreementProblem::BadArrivalWindow},
        Row{"window backwards", [](AgreementVersion& v) { v.arrival_plans[0].arrive_until_minutes_before = 40; },
            AgreementProblem::BadArrivalWindow},
        Row{"leave together", [](AgreementVersion& v) { v.arrival_plans[0].leave_order = 1; },
            AgreementProblem::SameLeaveOrder},
        Row{"empty rule", [](AgreementVersion& v) { v.rules.push_back({"other", ""}); }, AgreementProblem::BadRuleText},
        Row{"control character", [](AgreementVersion& v) { v.rules.push_back({"other", std::string("a\x01")}); },
            AgreementProblem::BadRuleText});
    CAPTURE(row.what);
    AgreementVersion v = valid_version();
    row.spoil(v);
    CHECK(has(check_agreement(v, "2026-11-23"), row.expected));
}

TEST_CASE("working days replace hours as the recording timescale") {
    AgreementVersion v = valid_version();
    v.recording_working_days = 3;
    CHECK(check_agreement(v, "2026-11-23").empty());
}

TEST_CASE("the review date defaults to three months on, clamped to the month's end") {
    const auto [today, review] = GENERATE(table<std::string, std::string>({
        {"2026-11-23", "2027-02-23"},
        {"2026-11-30", "2027-02-28"},
        {"2027-11-30", "2028-02-29"},
        {"2026-12-31", "2027-03-31"},
    }));
    CHECK(default_review_date(today) == review);
    CHECK(default_agreement_version(today).review_date == review);
    CHECK(default_agreement_version(today).grace_minutes == 15);
    CHECK(default_agreement_version(today).recording_timescale_hours == 24);
}

TEST_CASE("sessions keep their venue-local time across the autumn clock change") {
    AgreementVersion v = valid_version();
    const auto starts = plan_session_starts({"2026-10-19", 10, 0, 3}, v, kLondon);
    REQUIRE(starts.size() == 3);
    CHECK(to_iso8601(starts[0]) == "2026-10-19T09:00:00Z");  // BST
    CHECK(to_iso8601(starts[1]) == "2026-10-26T10:00:00Z");  // GMT from 25 October
    for (const auto t : starts) CHECK(local_hhmm(t, kLondon) == "10:00");
}

TEST_CASE("frequency sets the days between sessions") {
    const auto [frequency, custom, gap] = GENERATE(table<std::string, int, int>({
        {"weekly", 0, 7}, {"fortnightly", 0, 14}, {"custom", 10, 10}, {"custom", 0, 0}, {"daily", 0, 0}}));
    AgreementVersion v = valid_version();
    v.frequency = frequency;
    v.custom_interval_days = custom;
    const auto starts = plan_session_starts({"2026-11-23", 10, 0, 2}, v, kLondon);
    if (gap == 0) {
        CHECK(starts.empty());
    } else {
        REQUIRE(starts.size() == 2);
        CHECK(local_date(starts[1], kLondon) == add_days("2026-11-23", gap));
    }
}

TEST_CASE("arrival windows follow the agreement's plan for each party") {
    const Timestamp starts = local_to_utc("2026-11-23", 10, 0, kLondon);
    const auto windows = arrival_windows_for(starts, default_agreement_version("2026-11-23").arrival_plans);
    REQUIRE(windows.size() == 2);
    CHECK(windows[0].party == Party::Carer);
    CHECK(local_hhmm(windows[0].arrive_from, kLondon) == "09:35");
    CHECK(local_hhmm(windows[0].arrive_until, kLondon) == "09:50");
    CHECK(windows[1].leave_order == 1);
}

TEST_CASE("a record timescale in working days skips the weekend") {
    const auto [session_day, days, due_day] = GENERATE(table<std::string, int, std::string>({
        {"2026-11-20", 1, "2026-11-23"},  // Friday -> Monday
        {"2026-11-20", 3, "2026-11-25"},  // Friday -> Wednesday
        {"2026-11-21", 1, "2026-11-23"},  // Saturday -> Monday
        {"2026-11-23", 2, "2026-11-25"},  // Monday -> Wednesday
        {"2026-10-23", 1, "2026-10-26"},  // across the clock change
    }));
    const Timestamp end = local_to_utc(session_day, 15, 0, kLondon);
    const Timestamp due = recording_due_at(end, {24, days}, kLondon);
    CHECK(local_date(due - 1s, kLondon) == due_day);
    CHECK(local_hhmm(due, kLondon) == "00:00");
}

TEST_CASE("a record timescale in hours counts real hours") {
    const Timestamp end = local_to_utc("2026-10-24", 15, 0, kLondon);  // the day before clocks go back
    CHECK(recording_due_at(end, {24, 0}, kLondon) - end == 24h);
    CHECK(local_hhmm(recording_due_at(end, {24, 0}, kLondon), kLondon) == "14:00");
}

TEST_CASE("a missed-session notice goes the next morning at nine, venue time") {
    const auto [when_date, hour, send_date] = GENERATE(table<std::string, int, std::string>({
        {"2026-11-23", 10, "2026-11-24"},
        {"2026-11-23", 23, "2026-11-24"},
        {"2026-10-24", 18, "2026-10-25"},  // clocks go back overnight
        {"2026-03-28", 18, "2026-03-29"},  // clocks go forward overnight
    }));
    const Timestamp send = next_morning(local_to_utc(when_date, hour, 0, kLondon), kLondon);
    CHECK(local_date(send, kLondon) == send_date);
    CHECK(local_hhmm(send, kLondon) == "09:00");
}

TEST_CASE("the board puts overdue first, then due today, then later, and hides done work") {
    const Timestamp now = local_to_utc("2026-11-23", 10, 5, kLondon);
    std::vector<Deadline> items{
        {DeadlineKind::Review, 1, "Ava", "Alex", now + 72h, false, {}},
        {DeadlineKind::ComfortCall, 2, "Noah", "Alex", now + 3h, false, {}},
        {DeadlineKind::Icebreaker, 3, "Mia", "Alex", now - 2h, false, {}},
        {DeadlineKind::Record, 4, "Leo", "Jo", now - 1h, true, {}},
    };
    const auto board = board_order(items, now, kLondon);
    REQUIRE(board.size() == 3);
    CHECK(board[0].kind == DeadlineKind::Icebreaker);
    CHECK(board[0].state == DeadlineState::Overdue);
    CHECK(board[1].state == DeadlineState::DueToday);
    CHECK(board[2].state == DeadlineState::Due);
}

TEST_CASE("a missed session says who and why") {
    MissedSession m{0, 1, Attendance::NoShow, "Mum", "No answer on the phone", 1, {}};
    CHECK(check_missed_session(m).empty());
    m.who = " ";
    m.reason = "";
    const auto problems = check_missed_session(m);
    CHECK(problems.size() == 2);
    m = MissedSession{0, 1, Attendance::Attended, "Mum", "x", 1, {}};
    CHECK(check_missed_session(m) == std::vector{MissedSessionProblem::NotMissed});
}

TEST_CASE("a comfort call plan names a connection and a platform; a held call says how it went") {
    ComfortCall call;
    CHECK(check_comfort_call(call) == std::vector{TransitionProblem::NoConnection, TransitionProblem::NoPlatform});
    call.plan.critical_connection = "Mum";
    call.plan.platform = "zoom";
    CHECK(check_comfort_call(call).empty());
    call.held = true;
    CHECK(check_comfort_call(call) == std::vector{TransitionProblem::NoOutcome});
    call.how_it_went = "Settled after hearing Mum's voice.";
    CHECK(check_comfort_call(call).empty());
}

TEST_CASE("a held icebreaker records something shared") {
    Icebreaker meeting;
    meeting.held = true;
    CHECK(check_icebreaker(meeting) == std::vector{TransitionProblem::NoOutcome});
    meeting.culture = "Family prays before meals.";
    CHECK(check_icebreaker(meeting).empty());
}

TEST_CASE("risk factor lists survive storage, and unknown names are skipped") {
    const std::vector<RiskFactor> risks{RiskFactor::SubstanceMisuse, RiskFactor::Unreliable};
    CHECK(split_risk_factors(join_risk_factors(risks)) == risks);
    CHECK(split_risk_factors("unreliable,from_the_future") == std::vector{RiskFactor::Unreliable});
    CHECK(split_protective_factors("") .empty());
    for (const auto h : kAllContactHistories) CHECK(parse_contact_history(to_string(h)) == h);
    for (const auto w : kAllChildWishes) CHECK(parse_child_wish(to_string(w)) == w);
    for (const auto p : kAllProtectiveFactors) CHECK(parse_protective_factor(to_string(p)) == p);
}

TEST_CASE("a rule's translation is checked like the rule: an empty one or a control character is refused") {
    using kiosk::core::AgreementProblem;
    auto v = kiosk::core::default_agreement_version("2026-11-23");
    v.attendees = {{1, "Sarah", "Mum"}};
    v.room_id = 1;
    kiosk::core::AgreementRule own{.kind = "other", .text = "Speak English or Polish.", .language = "en"};
    own.translations["pl"] = "Mów po angielsku lub po polsku.";
    v.rules = {own};
    const auto ok = kiosk::core::check_agreement(v, "2026-11-23");
    CHECK(std::find(ok.begin(), ok.end(), AgreementProblem::BadRuleText) == ok.end());
    v.rules[0].translations["es"] = "";
    auto refused = kiosk::core::check_agreement(v, "2026-11-23");
    CHECK(std::find(refused.begin(), refused.end(), AgreementProblem::BadRuleText) != refused.end());
    v.rules[0].translations["es"] = std::string("Hable\x01");
    refused = kiosk::core::check_agreement(v, "2026-11-23");
    CHECK(std::find(refused.begin(), refused.end(), AgreementProblem::BadRuleText) != refused.end());
}
