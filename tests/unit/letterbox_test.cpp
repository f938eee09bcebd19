// Letterbox contact (issue #16, item 3): when the next exchange is due, what an arrangement and
// an item must say, and when an item may be forwarded or must be held with a reason.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/calendar.hpp"
#include "kiosk/core/letterbox.hpp"

using namespace kiosk::core;

TEST_CASE("months are added by the calendar, the month's last day when it has no such day") {
    struct Case {
        const char* from;
        int months;
        const char* to;
    };
    const std::vector<Case> cases{
        {"2026-01-15", 6, "2026-07-15"},  {"2026-08-31", 6, "2027-02-28"}, {"2027-08-31", 6, "2028-02-29"},
        {"2026-03-31", 1, "2026-04-30"},  {"2026-12-10", 1, "2027-01-10"}, {"2026-05-31", -3, "2026-02-28"},
        {"2026-11-23", 12, "2027-11-23"}, {"2026-11-23", 0, "2026-11-23"},
    };
    for (const auto& c : cases) {
        INFO(c.from << " + " << c.months);
        CHECK(add_months(c.from, c.months) == c.to);
    }
}

TEST_CASE("the next letterbox exchange is due a period after the last item arrived, else on the first due date") {
    LetterboxArrangement twice_a_year{0, 1, LetterboxDirection::ToChild, "Mum", 6, "2026-06-01", true};
    struct Case {
        const char* what;
        LetterboxArrangement arrangement;
        std::vector<std::string> received;
        std::optional<std::string> due;
    };
    LetterboxArrangement yearly_from_august = twice_a_year;
    yearly_from_august.every_months = 12;
    yearly_from_august.first_due = "2026-08-31";
    LetterboxArrangement stopped = twice_a_year;
    stopped.active = false;
    const std::vector<Case> cases{
        {"nothing yet: the first due date", twice_a_year, {}, "2026-06-01"},
        {"a letter in May: due again in November", twice_a_year, {"2026-05-20"}, "2026-11-20"},
        {"a late letter in July: six months from July", twice_a_year, {"2026-07-03"}, "2027-01-03"},
        {"the latest counts, in any order", twice_a_year, {"2026-12-01", "2026-05-20"}, "2027-06-01"},
        {"before the arrangement began: not counted", twice_a_year, {"2025-11-30"}, "2026-06-01"},
        {"a day after it began: counted", twice_a_year, {"2025-12-02"}, "2026-06-02"},
        {"month ends clamp", yearly_from_august, {"2027-02-28"}, "2028-02-28"},
        {"a stopped arrangement is due nothing", stopped, {}, std::nullopt},
        {"a broken date is skipped", twice_a_year, {"someday"}, "2026-06-01"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        CHECK(next_letterbox_due(c.arrangement, c.received) == c.due);
    }
}

TEST_CASE("an arrangement names someone, a period of 1 to 24 months and a first due date") {
    LetterboxArrangement a{0, 1, LetterboxDirection::FromChild, "Grandad Peter", 6, "2026-12-01", true};
    CHECK(check_arrangement(a).empty());
    a.with_whom = " ";
    a.every_months = 0;
    a.first_due = "1 December";
    CHECK(check_arrangement(a) ==
          std::vector{LetterboxProblem::NoWithWhom, LetterboxProblem::BadPeriod, LetterboxProblem::BadFirstDue});
    a.with_whom = "Mum";
    a.every_months = 25;
    a.first_due = "2026-12-01";
    CHECK(check_arrangement(a) == std::vector{LetterboxProblem::BadPeriod});
}

TEST_CASE("an item is forwarded only when every check passed; otherwise it is held, with a reason") {
    const std::vector<LetterboxCheck> all = letterbox_checks();
    const std::vector<LetterboxCheck> some{LetterboxCheck::NoPromises, LetterboxCheck::PhotosAsAgreed};
    LetterboxItem waiting;
    waiting.from_whom = "Mum";
    waiting.description = "A birthday card with a drawing of a cat.";
    CHECK(check_logged_item(waiting).empty());
    LetterboxItem decided = waiting;
    decided.decision = LetterboxDecision::Forwarded;
    struct Case {
        const char* what;
        const LetterboxItem& item;
        LetterboxDecision decision;
        std::vector<LetterboxCheck> passed;
        std::string reason;
        std::vector<LetterboxProblem> problems;
    };
    const std::vector<Case> cases{
        {"every check passed: forwarded", waiting, LetterboxDecision::Forwarded, all, "", {}},
        {"a check failed: not forwarded", waiting, LetterboxDecision::Forwarded, some, "", {LetterboxProblem::NotAllChecked}},
        {"held with a reason", waiting, LetterboxDecision::Held, some, "It names the carers' street.", {}},
        {"held without one", waiting, LetterboxDecision::Held, some, "  ", {LetterboxProblem::NoReason}},
        {"decided once only", decided, LetterboxDecision::Held, {}, "Changed my mind", {LetterboxProblem::AlreadyDecided}},
        {"back to waiting is no decision", waiting, LetterboxDecision::Waiting, all, "", {LetterboxProblem::AlreadyDecided}},
        {"a reason with a control character", waiting, LetterboxDecision::Held, {}, std::string("Bad\x01"),
         {LetterboxProblem::TextProblem}},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        CHECK(check_decision(c.item, c.decision, c.passed, c.reason) == c.problems);
    }
    LetterboxItem nameless;
    CHECK(check_logged_item(nameless) == std::vector{LetterboxProblem::NoFromWhom, LetterboxProblem::NoDescription});
}

TEST_CASE("letterbox names are stable") {
    for (const auto c : letterbox_checks()) CHECK(parse_letterbox_check(to_string(c)) == c);
    CHECK(parse_letterbox_direction("to_child") == LetterboxDirection::ToChild);
    CHECK(parse_letterbox_item_kind("photo") == LetterboxItemKind::Photo);
    CHECK(parse_letterbox_decision("held") == LetterboxDecision::Held);
    CHECK_FALSE(parse_letterbox_decision("lost"));
}
