// Brothers and sisters in one session: the agreement's siblings, their carers' windows, the
// ages that pick activities, and the record's part per child.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/activity.hpp"
#include "kiosk/core/siblings.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

namespace {
std::vector<Activity> library() {
    return {
        {"stacking_cups", 0, 3, 1, 3, Energy::Calm, {}},
        {"bubbles", 0, 8, 1, 4, Energy::Active, {}},
        {"lego_build", 4, 14, 1, 4, Energy::Calm, {}},
        {"football", 5, 16, 2, 6, Energy::Active, {}},
        {"board_game", 6, 18, 1, 5, Energy::Calm, {}},
        {"dance_party", 3, 12, 1, 6, Energy::Active, {}},
        {"pair_puzzle", 0, 5, 2, 2, Energy::Calm, {}},
    };
}
std::vector<std::string> ids(const std::vector<ChildrenSuggestion>& s) {
    std::vector<std::string> out;
    for (const auto& one : s) out.push_back(one.activity.id);
    return out;
}
}  // namespace

TEST_CASE("sibling ages pick activities: what suits everyone first, then something for each child") {
    struct Row {
        std::vector<int> ages;
        std::size_t how_many;
        std::vector<std::string> expected;
        std::size_t for_everyone;  // how many of them suit every child
    };
    const std::vector<Row> table{
        // Two school-age children: four ideas that suit both, nothing topped up.
        {{7, 9}, 4, {"lego_build", "football", "board_game", "dance_party"}, 4},
        // A baby and a ten-year-old share nothing: the baby's first idea, then the ten-year-old's,
        // in turns, youngest first.
        {{1, 10}, 4, {"stacking_cups", "lego_build", "bubbles", "football"}, 0},
        // The same, named in the other order: the youngest still comes first.
        {{10, 1}, 4, {"stacking_cups", "lego_build", "bubbles", "football"}, 0},
        // Three children, 2, 4 and 7: bubbles suits all three; then the two-year-old's stacking
        // cups and the four-year-old's lego. The puzzle for two never comes: they are three.
        {{2, 4, 7}, 3, {"bubbles", "stacking_cups", "lego_build"}, 1},
        // One child: only what suits them (no topping up from other ages).
        {{1}, 4, {"stacking_cups", "bubbles"}, 2},
    };
    for (const auto& row : table) {
        INFO("ages " << row.ages.front() << "... how many " << row.how_many);
        const auto got = suggest_for_children(library(), {row.ages, {}, {}, row.how_many});
        CHECK(ids(got) == row.expected);
        std::size_t everyone = 0;
        for (const auto& s : got) everyone += s.suits_everyone ? 1U : 0U;
        CHECK(everyone == row.for_everyone);
    }
}

TEST_CASE("a topped-up idea names the children it suits") {
    const auto got = suggest_for_children(library(), {{1, 10}, {}, {}, 2});
    REQUIRE(got.size() == 2);
    CHECK(got[0].suits == std::vector<std::size_t>{0});  // stacking cups: the one-year-old
    CHECK(got[1].suits == std::vector<std::size_t>{1});  // lego: the ten-year-old
}

TEST_CASE("ages of all the children on the day of the session") {
    struct Row {
        std::vector<std::string> born;
        std::string on;
        std::vector<int> ages;
    };
    const std::vector<Row> table{
        {{"2019-04-02", "2022-11-24"}, "2026-11-23", {7, 3}},   // the younger one's birthday is tomorrow
        {{"2019-04-02", "2022-11-23"}, "2026-11-23", {7, 4}},   // today
        {{"2024-02-29"}, "2025-02-28", {0}},                    // a leap-day birthday, a year on
        {{"2024-02-29"}, "2025-03-01", {1}},
    };
    for (const auto& row : table) {
        INFO(row.on);
        CHECK(ages_on(row.born, row.on) == row.ages);
    }
}

TEST_CASE("the agreement's siblings are checked") {
    const ArrivalPlan ok{Party::Carer, 25, 10, 2};
    struct Row {
        std::vector<SiblingPlan> siblings;
        std::vector<SiblingProblem> problems;
    };
    const std::vector<Row> table{
        {{{2, 2, ok}, {3, 3, ok}}, {}},
        {{{1, 2, ok}}, {SiblingProblem::SameChild}},
        {{{2, 2, ok}, {2, 3, ok}}, {SiblingProblem::Twice}},
        {{{2, 2, {Party::Carer, 5, 10, 2}}}, {SiblingProblem::BadArrivalWindow}},
        {{{2, 2, {Party::Carer, 25, 10, 0}}}, {SiblingProblem::BadArrivalWindow}},
        {{{2, 2, ok}, {3, 3, ok}, {4, 4, ok}, {5, 5, ok}, {6, 6, ok}}, {}},
        {{{2, 2, ok}, {3, 3, ok}, {4, 4, ok}, {5, 5, ok}, {6, 6, ok}, {7, 7, ok}}, {SiblingProblem::TooMany}},
    };
    for (std::size_t i = 0; i < table.size(); ++i) {
        INFO("row " << i);
        CHECK(check_siblings(1, table[i].siblings) == table[i].problems);
    }
}

TEST_CASE("each sibling's carer has their own window in the session") {
    const Timestamp start = from_unix(1'800'000'000);
    const auto got = siblings_for(start, {{7, 2, {Party::Carer, 30, 15, 3}}, {8, 3, {Party::Carer, 20, 5, 4}}});
    REQUIRE(got.size() == 2);
    CHECK(got[0].child_id == 7);
    CHECK(got[0].carer_window.arrive_from == start - 30min);
    CHECK(got[0].carer_window.arrive_until == start - 15min);
    CHECK(got[0].carer_window.leave_order == 3);
    CHECK(got[1].position == 3);
    CHECK(got[1].carer_window.arrive_from == start - 20min);
}

TEST_CASE("a sibling's part of the record has a key of its own, and only the per-child sections do") {
    CHECK(sibling_section_key(RecordSection::ChildVoice, 2) == "child_voice#2");
    struct Row {
        std::string key;
        bool parses;
        RecordSection section;
        int position;
    };
    const std::vector<Row> table{
        {"child_voice#2", true, RecordSection::ChildVoice, 2},
        {"presentation_arrival#6", true, RecordSection::PresentationArrival, 6},
        {"presentation_departure#3", true, RecordSection::PresentationDeparture, 3},
        {"child_voice#1", false, {}, 0},   // position 1 is the session's own child: plain keys
        {"child_voice#7", false, {}, 0},   // more than six children
        {"analysis#2", false, {}, 0},      // shared, never per child
        {"child_voice#2x", false, {}, 0},
        {"child_voice#", false, {}, 0},
        {"child_voice", false, {}, 0},
        {"nonsense#2", false, {}, 0},
    };
    for (const auto& row : table) {
        INFO(row.key);
        const auto got = parse_sibling_section_key(row.key);
        REQUIRE(got.has_value() == row.parses);
        if (got) {
            CHECK(got->first == row.section);
            CHECK(got->second == row.position);
        }
    }
}

TEST_CASE("a sibling record is complete only with every sibling's own sections") {
    ObservationRecord r;
    CHECK(missing_sibling_sections(r, {}).empty());
    CHECK(missing_sibling_sections(r, {2}).size() == 3);
    r.sibling_sections = {{2, RecordSection::PresentationArrival, "Arrived with Dana, smiling."},
                          {2, RecordSection::PresentationDeparture, "Left calmly."},
                          {2, RecordSection::ChildVoice, "   "}};
    const auto missing = missing_sibling_sections(r, {2, 3});
    REQUIRE(missing.size() == 4);
    CHECK(missing[0] == std::pair{RecordSection::ChildVoice, 2});  // blank is missing
    CHECK(missing[1].second == 3);
}
