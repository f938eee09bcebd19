// The coordinator's form choices and the numbers its forms start from (issue #17, item 5): a
// chosen row and its named choice, both ways, and what a row outside the list means.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/agreement_rules.hpp"
#include "kiosk/core/contact_arrangement.hpp"
#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/form_defaults.hpp"
#include "kiosk/core/language_needs.hpp"
#include "kiosk/core/risk_factor_names.hpp"

using namespace kiosk::core;

namespace {
// Every choice of a list is at its own row, and that row gives it back.
template <class Choice, std::size_t N>
void check_round_trip(const std::array<Choice, N>& all) {
    for (std::size_t i = 0; i < N; ++i) {
        CHECK(row_of(all, all[i]) == static_cast<int>(i));
        CHECK(choice_at(all, static_cast<int>(i)) == all[i]);
    }
    // A row outside the list (an edited or damaged draft) is the first choice, never past the end.
    CHECK(choice_at(all, -1) == all[0]);
    CHECK(choice_at(all, static_cast<int>(N)) == all[0]);
    CHECK(choice_at(all, 1'000'000) == all[0]);
}
}  // namespace

TEST_CASE("each form choice list maps its rows to named choices and back, and a row outside it is the first") {
    check_round_trip(kAllFrequencies);
    check_round_trip(kAllTimescaleKinds);
    check_round_trip(kAllSupervisionLevels);
    check_round_trip(kAllParties);
    check_round_trip(kAllContactModes);
    check_round_trip(kAllCallStarters);
    check_round_trip(kAllSupervisors);
    check_round_trip(kAllRoles);
    check_round_trip(kMissedKinds);
    check_round_trip(kAllSessionChanges);
    check_round_trip(kAllTransitionParts);
    check_round_trip(kAllLetterboxKinds);
    check_round_trip(kAllLetterboxDirections);
    check_round_trip(kAllContactHistories);
    check_round_trip(kAllChildWishes);
}

TEST_CASE("the rows are in the order the screens show them") {
    struct Row {
        int row;
        int expected;
    };
    const Row rows[] = {
        {row_of(kAllFrequencies, Frequency::Custom), 2},
        {row_of(kAllTimescaleKinds, TimescaleKind::WorkingDays), 1},
        {row_of(kAllSupervisionLevels, SupervisionLevel::Unsupervised), 0},
        {row_of(kAllSupervisionLevels, SupervisionLevel::CloselySupervised), 3},
        {row_of(kAllParties, Party::Carer), 1},
        {row_of(kAllContactModes, ContactMode::Community), 2},
        {row_of(kAllSupervisors, SupervisedBy::ConsistentAdult), 2},
        {row_of(kAllRoles, Role::Coordinator), 1},
        {row_of(kMissedKinds, Attendance::NoShow), 0},
        {row_of(kMissedKinds, Attendance::CancelledByService), 2},
        {row_of(kAllSessionChanges, SessionChange::Move), 1},
        {row_of(kAllTransitionParts, TransitionPart::Icebreaker), 1},
    };
    for (const auto& r : rows) CHECK(r.row == r.expected);
    // Attended is no missed session: it is not in the list, so it has no row of its own.
    CHECK(row_of(kMissedKinds, Attendance::Attended) == 0);
}

TEST_CASE("a frequency is stored as its word and read back; an unknown word is no frequency") {
    for (const auto f : kAllFrequencies) CHECK(frequency_from(to_string(f)) == f);
    CHECK(to_string(Frequency::Weekly) == "weekly");
    CHECK(to_string(Frequency::Fortnightly) == "fortnightly");
    CHECK(to_string(Frequency::Custom) == "custom");
    CHECK_FALSE(frequency_from("monthly").has_value());
    CHECK_FALSE(frequency_from("").has_value());
    CHECK_FALSE(frequency_from("Weekly").has_value());
}

TEST_CASE("a call platform's row is its place in call_platforms(); an unknown one is the first") {
    const auto all = call_platforms();
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(platform_row(all[i]) == static_cast<int>(i));
        CHECK(platform_at(static_cast<int>(i)) == all[i]);
    }
    CHECK(platform_row("carrier pigeon") == 0);
    CHECK(platform_at(-3) == all[0]);
    CHECK(platform_at(static_cast<int>(all.size())) == all[0]);
}

TEST_CASE("a language choice's first row is 'not recorded' and the rest are the known languages") {
    const auto known = known_languages();
    CHECK(language_row("") == 0);
    CHECK(language_at(0).empty());
    for (std::size_t i = 0; i < known.size(); ++i) {
        CHECK(language_row(known[i]) == static_cast<int>(i) + 1);
        CHECK(language_at(static_cast<int>(i) + 1) == known[i]);
    }
    CHECK(language_row("xx") == 0);  // not a language this venue knows: not recorded
    CHECK(language_at(-1).empty());
    CHECK(language_at(static_cast<int>(known.size()) + 1).empty());
}

TEST_CASE("a new agreement starts from the form defaults") {
    const AgreementVersion v = default_agreement_version("2026-11-23");
    CHECK(v.frequency == "weekly");
    CHECK(v.session_minutes == form_defaults::kSessionMinutes);
    CHECK(v.session_minutes == 60);
    CHECK(v.grace_minutes == 15);
    CHECK(v.recording_timescale_hours == 24);
    CHECK(v.supervision_level == SupervisionLevel::Supervised);
    CHECK(v.leave_gap_minutes == 10);
    REQUIRE(v.arrival_plans.size() == 2);
    for (const auto& plan : v.arrival_plans) {
        if (plan.party == Party::Carer) {
            CHECK(plan.arrive_from_minutes_before == 25);
            CHECK(plan.arrive_until_minutes_before == 10);
            CHECK(plan.leave_order == 2);
        } else {
            CHECK(plan.arrive_from_minutes_before == 10);
            CHECK(plan.arrive_until_minutes_before == 0);
            CHECK(plan.leave_order == 1);  // the family leaves first
        }
    }
    // Scheduling starts at ten for six sessions, and a moved session goes a week on.
    CHECK(form_defaults::kSessionHour == 10);
    CHECK(form_defaults::kSessionsToBook == 6);
    CHECK(form_defaults::kMoveByDays == 7);
}
