// The lobby's typed code (issue #17, item 5): one CheckInService::submit_code reads the wrong-code
// lock, judges the code and counts it in one transaction.
#include <catch2/catch_test_macros.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "kiosk/app/family/check_in_service.hpp"
#include "kiosk/app/family/family_services.hpp"
#include "kiosk/store/alert_repository.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using Outcome = app::CodeSubmission::Outcome;

TEST_CASE("one submitted code: a right one is taken with its visit, a call's is not a guess, a wrong one counts") {
    testing::TestStore store;
    testing::add_sample_family(store.db);
    app::FamilyServices services = app::make_family_services(store.db, KIOSK_DEFAULT_ASSETS_DIR, "Europe/London");
    app::CheckInService lobby(services);

    const auto right = lobby.submit_code(testing::kSampleVisitCode, app::CodePurpose::CheckIn, testing::kDemoNow);
    CHECK(right.outcome == Outcome::Accepted);
    REQUIRE(right.visit.has_value());
    CHECK(right.visit->session.visit_code == testing::kSampleVisitCode);

    const auto wrong = lobby.submit_code("AAAAAA", app::CodePurpose::CheckIn, testing::kDemoNow);
    CHECK(wrong.outcome == Outcome::Refused);
    CHECK_FALSE(wrong.check_in_status.has_value());  // no session has it
    CHECK(lobby.lock_state().consecutive_wrong == 1);
    // A right code forgets the wrong one before it.
    CHECK(lobby.submit_code(testing::kSampleVisitCode, app::CodePurpose::CheckIn, testing::kDemoNow).outcome ==
          Outcome::Accepted);
    CHECK(lobby.lock_state().consecutive_wrong == 0);
}

TEST_CASE("wrong codes typed at the same moment on two connections are each counted once: one lock, one alert") {
    testing::TestStore store;
    testing::add_sample_family(store.db);
    constexpr int kTries = 12;
    std::atomic<int> refused{0};
    std::atomic<int> locked{0};
    std::vector<std::thread> lobbies;
    for (int t = 0; t < 2; ++t) {
        lobbies.emplace_back([&] {
            store::Database db = store.open();  // each its own connection, as two processes would have
            app::FamilyServices services = app::make_family_services(db, KIOSK_DEFAULT_ASSETS_DIR, "Europe/London");
            app::CheckInService lobby(services);
            for (int i = 0; i < kTries; ++i) {
                const auto answer = lobby.submit_code("AAAAAA", app::CodePurpose::CheckIn, testing::kDemoNow);
                (answer.outcome == Outcome::Refused ? refused : locked)++;
            }
        });
    }
    for (auto& lobby : lobbies) lobby.join();
    // Five in a row lock the keypad: four answered "wrong", the fifth started the lock, the rest
    // found it locked. A count read outside the write would let two taps both be "the fourth".
    CHECK(refused.load() == 4);
    CHECK(locked.load() == 2 * kTries - 4);
    int lock_alerts = 0;
    for (const auto& alert : store::AlertRepository(store.db).open_alerts()) {
        if (alert.kind == core::AlertKind::RepeatedWrongCodes) ++lock_alerts;
    }
    CHECK(lock_alerts == 1);
}
