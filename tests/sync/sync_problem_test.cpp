// Why a sync stopped, said in the coordinator's language (issue #15, item 7): each run that
// stops early carries what kind of stop it was, and the day's-end screen says that in words of
// the catalog, with the technical words beside it for whoever looks after the devices.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <thread>

#include "kiosk/app/family/family_services.hpp"
#include "kiosk/app/shell/app_composition.hpp"
#include "kiosk/app/shell/kiosk_app.hpp"
#include "kiosk/app/sync/sync_worker.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/harness/ui_harness.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using namespace std::chrono_literals;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("a server that cannot be reached and one that is not trusted are told apart") {
    SyncFixture refused(ServerCertificate{"self-signed.crt", "self-signed.key"});
    refused.enqueue(1);
    const auto untrusted = refused.sync();
    CHECK(untrusted.problem_kind == app::SyncProblem::NotTrusted);

    SyncFixture away;
    away.enqueue(1);
    CHECK(away.sync().problem_kind == app::SyncProblem::None);
    away.enqueue(1);
    away.server->stop();  // nobody listens there any more
    const auto unreachable = away.sync();
    CHECK(unreachable.problem_kind == app::SyncProblem::Unreachable);
    CHECK(away.outbox_counts().queued == 1);
}

TEST_CASE("the coordinator reads why the sync stopped in Spanish, with the technical words for IT") {
    SyncFixture f(ServerCertificate{"self-signed.crt", "self-signed.key"});
    f.enqueue(2);
    core::Id coordinator = 0;
    {
        store::WriteTransaction tx(f.device.db, "system:test", kDemoNow);
        coordinator = store::StaffRepository(f.device.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        tx.commit();
    }
    app::SyncWorkerOptions options;
    options.continuous = false;
    options.tuning = SyncFixture::quick_tuning();
    app::SyncWorker worker(f.config, f.clock, options);
    worker.start();
    UiHarness h{1280, 800, "es"};
    app::ComposedApp coordinator_pc{h.ui(), {f.device.db, f.clock, {"Test Centre", "Europe/London", 1}, app::Face::Coordinator, "es"}};
    app::KioskApp& kiosk = coordinator_pc.app();
    kiosk.open_coordinator({f.device.db, f.clock, "Europe/London", coordinator, &worker});
    kiosk.coordinator()->open(app::CoordinatorScreen::Sync);
    const UiHarness::DrawFn draw = [&] { kiosk.draw_frame(); };
    h.tap("Enviar y recibir ahora", draw);
    const auto until = std::chrono::steady_clock::now() + 60s;
    while (worker.full_syncs_finished() == 0 && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(20ms);
    REQUIRE(worker.full_syncs_finished() == 1);
    std::string words = h.screen_text(draw);
    std::replace(words.begin(), words.end(), '\n', ' ');
    CHECK_THAT(words, ContainsSubstring("El servidor y este dispositivo no se reconocen"));
    CHECK_THAT(words, ContainsSubstring("Para informática:"));
    worker.stop();
}
