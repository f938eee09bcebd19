// Sign-in with real Argon2id hashes and a real database: slow-down, lock after ten, a clock
// set back, a restart, the coordinator reset, and PIN rules.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/app/pin_hash.hpp"
#include "kiosk/app/staff/sign_in_service.hpp"
#include "kiosk/app/staff_action_error.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/staff_problem.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::testing::kDemoNow;
using kiosk::testing::TestStore;

using kiosk::testing::problem_of;

namespace {
constexpr const char* kPin = "493817";

struct People {
    core::Id worker = 0;
    core::Id coordinator = 0;
};

People add_people(store::Database& db) {
    store::WriteTransaction tx(db, "system:test", kDemoNow);
    store::StaffRepository staff(db);
    People p;
    p.worker = staff.add(tx, {0, "Jo", core::Role::Worker, true}, app::hash_pin(kPin));
    p.coordinator = staff.add(tx, {0, "Alex", core::Role::Coordinator, true}, app::hash_pin("135790"));
    tx.commit();
    return p;
}

// Tries a wrong PIN, waiting first whenever the service says to.
app::SignInResult wrong_pin(app::SignInService& service, core::FixedClock& clock, core::Id who) {
    auto result = service.sign_in(who, "000000");
    if (result.outcome == app::SignInOutcome::TooSoon) {
        clock.set(result.try_again_at);
        result = service.sign_in(who, "000000");
    }
    return result;
}

}  // namespace

TEST_CASE("the right PIN signs in with the member's role; a wrong one does not") {
    TestStore t;
    const People p = add_people(t.db);
    core::FixedClock clock(kDemoNow);
    app::SignInService service(t.db, clock);
    const auto wrong = service.sign_in(p.worker, "111111");
    CHECK(wrong.outcome == app::SignInOutcome::WrongPin);
    CHECK(wrong.tries_before_lock == 9);
    CHECK_FALSE(wrong.session);
    const auto right = service.sign_in(p.coordinator, "135790");
    REQUIRE(right.outcome == app::SignInOutcome::SignedIn);
    REQUIRE(right.session);
    CHECK(right.session->is_coordinator());
    CHECK(service.sign_in(99, kPin).outcome == app::SignInOutcome::Unavailable);
}

TEST_CASE("ten wrong PINs lock the account: the right PIN, a restart and a clock set back do not open it") {
    TestStore t;
    const People p = add_people(t.db);
    core::FixedClock clock(kDemoNow);
    app::SignInResult last;
    {
        app::SignInService service(t.db, clock);
        for (int i = 0; i < 10; ++i) last = wrong_pin(service, clock, p.worker);
    }
    REQUIRE(last.outcome == app::SignInOutcome::Locked);
    const core::Timestamp until = last.try_again_at;
    CHECK(until == clock.now() + 15min);

    t.db = t.open();  // a restart
    app::SignInService service(t.db, clock);
    CHECK(service.sign_in(p.worker, kPin).outcome == app::SignInOutcome::Locked);
    clock.set(kDemoNow - 24h);  // the clock is set back a day
    CHECK(service.sign_in(p.worker, kPin).outcome == app::SignInOutcome::Locked);
    clock.set(until);
    CHECK(service.sign_in(p.worker, kPin).outcome == app::SignInOutcome::SignedIn);
    CHECK(store::StaffRepository(t.db).sign_in_counters(p.worker).total_failures == 0);
}

TEST_CASE("failures after the first three must wait before the next try") {
    TestStore t;
    const People p = add_people(t.db);
    core::FixedClock clock(kDemoNow);
    app::SignInService service(t.db, clock);
    for (int i = 0; i < 4; ++i) CHECK(service.sign_in(p.worker, "000000").outcome == app::SignInOutcome::WrongPin);
    const auto too_soon = service.sign_in(p.worker, kPin);
    CHECK(too_soon.outcome == app::SignInOutcome::TooSoon);
    CHECK(too_soon.try_again_at == kDemoNow + 2s);
    clock.advance(2s);
    CHECK(service.sign_in(p.worker, kPin).outcome == app::SignInOutcome::SignedIn);
}

TEST_CASE("after 100 failures only a coordinator can reopen the account") {
    TestStore t;
    const People p = add_people(t.db);
    {
        store::WriteTransaction tx(t.db, "system:test", kDemoNow);
        store::StaffRepository(t.db).save_sign_in_counters(
            tx, p.worker, {.failed_attempts = 0, .total_failures = 99, .locked_until = {}, .last_attempt_at = kDemoNow},
            "staff.sign_in_attempt");
        tx.commit();
    }
    core::FixedClock clock(kDemoNow + 1h);
    app::SignInService service(t.db, clock);
    CHECK(service.sign_in(p.worker, "000000").outcome == app::SignInOutcome::NeedsCoordinatorReset);
    clock.advance(24h * 30);
    CHECK(service.sign_in(p.worker, kPin).outcome == app::SignInOutcome::NeedsCoordinatorReset);
    CHECK(problem_of([&] { service.reset_sign_in(p.worker, p.worker); }) == app::StaffActionProblem::NotAllowed);
    service.reset_sign_in(p.coordinator, p.worker);
    CHECK(service.sign_in(p.worker, kPin).outcome == app::SignInOutcome::SignedIn);
}

TEST_CASE("a PIN must be at least six digits; only its owner or a coordinator sets it") {
    TestStore t;
    const People p = add_people(t.db);
    core::FixedClock clock(kDemoNow);
    app::SignInService service(t.db, clock);
    CHECK(problem_of([&] { service.set_pin(p.worker, p.worker, "12345"); }) == app::StaffActionProblem::InvalidInput);
    CHECK(problem_of([&] { service.set_pin(p.worker, p.worker, "12345a"); }) == app::StaffActionProblem::InvalidInput);
    CHECK(problem_of([&] { service.set_pin(p.worker, p.coordinator, "987654"); }) == app::StaffActionProblem::NotAllowed);
    CHECK(service.sign_in(p.worker, kPin).outcome == app::SignInOutcome::SignedIn);  // old PIN kept after refusals
    service.set_pin(p.coordinator, p.worker, "8675309");
    CHECK(service.sign_in(p.worker, kPin).outcome == app::SignInOutcome::WrongPin);
    CHECK(service.sign_in(p.worker, "8675309").outcome == app::SignInOutcome::SignedIn);
    // The hash is Argon2id, never the PIN.
    const auto hash = store::StaffRepository(t.db).pin_hash(p.worker);
    CHECK(hash->rfind("$argon2id$", 0) == 0);
    CHECK(hash->find("8675309") == std::string::npos);
}

TEST_CASE("a signed-in staff face locks after two minutes without a touch") {
    TestStore t;
    const People p = add_people(t.db);
    core::FixedClock clock(kDemoNow);
    auto session = app::SignInService(t.db, clock).sign_in(p.worker, kPin).session;
    REQUIRE(session);
    CHECK_FALSE(session->must_lock(kDemoNow + 119s));
    session->touch(kDemoNow + 100s);
    CHECK_FALSE(session->must_lock(kDemoNow + 219s));
    CHECK(session->must_lock(kDemoNow + 220s));
}

TEST_CASE("200 wrong PINs with restarts and the clock set back never get past the lock") {
    TestStore t;
    const People p = add_people(t.db);
    core::FixedClock clock(kDemoNow);
    int counted = 0;
    for (int attempt = 0; attempt < 200; ++attempt) {
        if (attempt % 25 == 24) {
            t.db = t.open();                   // a restart
            clock.set(clock.now() - 24h * 2);  // and the clock set back two days
        }
        app::SignInService service(t.db, clock);
        auto result = service.sign_in(p.worker, "000000");
        // An attacker waits out every pause and lock, so that each try really counts.
        if (result.outcome == app::SignInOutcome::TooSoon || result.outcome == app::SignInOutcome::Locked) {
            clock.set(result.try_again_at);
            result = service.sign_in(p.worker, "000000");
        }
        REQUIRE(result.outcome != app::SignInOutcome::SignedIn);
        if (result.outcome == app::SignInOutcome::WrongPin || result.outcome == app::SignInOutcome::Locked) ++counted;
    }
    CHECK(counted <= 100);
    CHECK(store::StaffRepository(t.db).sign_in_counters(p.worker).total_failures >= 100);
    // Even the right PIN, a month later and after one more restart, needs a coordinator.
    t.db = t.open();
    clock.advance(24h * 30);
    app::SignInService service(t.db, clock);
    CHECK(service.sign_in(p.worker, kPin).outcome == app::SignInOutcome::NeedsCoordinatorReset);
}
