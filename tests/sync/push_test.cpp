#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <chrono>
#include <fstream>

#include "kiosk/app/sync/sync_lock.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using sync::server::Fault;
using sync::server::FaultStep;
using Catch::Matchers::ContainsSubstring;

namespace {
void check_each_once(SyncFixture& f, const std::vector<std::string>& uuids) {
    CHECK(f.server_total() == static_cast<std::int64_t>(uuids.size()));
    for (const auto& uuid : uuids) CHECK(f.server_store->copies_of(uuid) == 1);
}
}  // namespace

TEST_CASE("sync delivers every queued record once and empties the outbox") {
    SyncFixture f;
    auto uuids = f.enqueue(30, "feedback");
    const auto more = f.enqueue(5, "check_in");
    uuids.insert(uuids.end(), more.begin(), more.end());
    const auto summary = f.sync();
    CHECK(summary.problem.empty());
    CHECK(summary.sent == 35);
    CHECK(summary.still_queued == 0);
    CHECK(app::summary_line(summary) == "sent 35, already there 0, rejected 0, still queued 0");
    CHECK(f.outbox_counts().queued == 0);
    check_each_once(f, uuids);
    CHECK(f.server_store->count_by_kind().at("check_in") == 5);
}

TEST_CASE("batches hold at most 500 records and at most 1 MiB") {
    SyncFixture f;
    f.enqueue(1001, "feedback", 50);
    CHECK(f.sync().sent == 1001);
    CHECK(f.server->push_requests() == 3);  // 500 + 500 + 1

    SyncFixture g;
    g.enqueue(30, "feedback", 100 * 1024);  // 3 MiB in all: at most 10 records of 100 KiB a batch
    CHECK(g.sync().sent == 30);
    CHECK(g.server->push_requests() >= 3);
}

TEST_CASE("each delivered batch is settled on the device with one audit row that names its records") {
    SyncFixture f;
    const auto uuids = f.enqueue(1001, "feedback", 50);
    CHECK(f.sync().sent == 1001);
    std::vector<std::string> details;
    for (const auto& row : store::AuditLog::latest(f.device.db, 50)) {
        if (row.entry.action == "outbox.sent") details.push_back(row.entry.detail);
    }
    REQUIRE(details.size() == 3);
    for (const auto& uuid : uuids) {
        int named = 0;
        for (const auto& detail : details) named += detail.find(uuid) != std::string::npos ? 1 : 0;
        CHECK(named == 1);
    }
    CHECK(store::AuditLog::verify(f.device.db).whole);
}

TEST_CASE("a fault in the middle of a pipelined sync still leaves every record once on the server") {
    SyncFixture f;
    const auto uuids = f.enqueue(2300, "feedback", 50);  // five batches, the next always on its way
    f.server->faults().add(FaultStep{Fault::Pass});
    f.server->faults().add(FaultStep{Fault::CutAfterStore});
    f.server->faults().add(FaultStep{Fault::InternalError});
    f.server->faults().add(FaultStep{Fault::Pass});
    f.server->faults().add(FaultStep{Fault::TruncatedAnswer});
    const auto summary = f.sync();
    CHECK(summary.problem.empty());
    CHECK(summary.sent + summary.already_there == 2300);
    CHECK(summary.already_there == 1000);  // the batches whose answers were lost
    CHECK(f.outbox_counts().queued == 0);
    check_each_once(f, uuids);
}

TEST_CASE("a second sync of the same device database waits its turn and sends nothing meanwhile") {
    SyncFixture f;
    const auto uuids = f.enqueue(4);
    {
        // What another process syncing this database holds (the window's worker, say).
        const auto other = app::SyncLock::try_acquire(f.config.database_file);
        REQUIRE(other.has_value());
        CHECK_FALSE(app::SyncLock::try_acquire(f.config.database_file).has_value());
        const auto summary = f.sync();
        CHECK_THAT(summary.problem, ContainsSubstring("another sync of this device is running"));
        CHECK(summary.sent == 0);
        CHECK(summary.still_queued == 4);
        CHECK(f.server->push_requests() == 0);
    }
    const auto summary = f.sync();
    CHECK(summary.problem.empty());
    CHECK(summary.sent == 4);
    check_each_once(f, uuids);
}

TEST_CASE("a server that is down leaves every record queued") {
    SyncFixture f;
    f.enqueue(3);
    f.config.server_url = "https://127.0.0.1:1";  // nothing listens on port 1
    const auto summary = f.sync();
    CHECK_FALSE(summary.problem.empty());
    CHECK_FALSE(summary.configuration_problem);
    CHECK(summary.still_queued == 3);
    CHECK(f.outbox_counts().queued == 3);
}

TEST_CASE("a 500 is retried and the batch then arrives once") {
    SyncFixture f;
    const auto uuids = f.enqueue(10);
    f.server->faults().add(FaultStep{Fault::InternalError}, 2);
    const auto summary = f.sync();
    CHECK(summary.problem.empty());
    CHECK(summary.sent == 10);
    check_each_once(f, uuids);
}

TEST_CASE("a server that keeps failing ends the run with records still queued") {
    SyncFixture f;
    f.enqueue(4);
    f.server->faults().add(FaultStep{Fault::InternalError}, 10);
    const auto summary = f.sync();
    CHECK_THAT(summary.problem, ContainsSubstring("500"));
    CHECK(summary.still_queued == 4);
}

TEST_CASE("429 with Retry-After is honoured") {
    SyncFixture f;
    const auto uuids = f.enqueue(5);
    f.server->faults().add(FaultStep::too_many_requests(1));
    const auto started = std::chrono::steady_clock::now();
    const auto summary = f.sync();
    const auto waited = std::chrono::steady_clock::now() - started;
    CHECK(summary.sent == 5);
    // The quick test backoff would wait at most 100 ms; the server asked for a second.
    CHECK(waited >= std::chrono::milliseconds{950});
    check_each_once(f, uuids);
}

TEST_CASE("a stalled server is given up on by the low-speed timeout, then retried") {
    SyncFixture f;
    const auto uuids = f.enqueue(5);
    // The server would stay silent for 30 s; the run must give up long before that. libcurl
    // averages speed over a window of about 5 s, so the 1 s low-speed limit bites within ~6 s;
    // the rest of the margin (still short of the 20 s total timeout) is for a loaded sanitizer build.
    f.server->faults().add(FaultStep::stall(std::chrono::milliseconds{30'000}));
    const auto started = std::chrono::steady_clock::now();
    const auto summary = f.sync();
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds{15'000});
    CHECK(summary.sent == 5);
    check_each_once(f, uuids);
}

TEST_CASE("a connection cut after the server stored the batch does not duplicate it on retry") {
    SyncFixture f;
    const auto uuids = f.enqueue(20);
    f.server->faults().add(FaultStep{Fault::CutAfterStore});
    const auto summary = f.sync();
    CHECK(summary.problem.empty());
    CHECK(summary.sent == 0);
    CHECK(summary.already_there == 20);
    CHECK(f.outbox_counts().queued == 0);
    check_each_once(f, uuids);
}

TEST_CASE("garbage and truncated answers are not taken as delivery; the retry finds the records there") {
    SyncFixture f;
    const auto uuids = f.enqueue(8);
    f.server->faults().add(FaultStep{Fault::GarbageAnswer});
    f.server->faults().add(FaultStep{Fault::TruncatedAnswer});
    const auto summary = f.sync();
    CHECK(summary.problem.empty());
    CHECK(summary.already_there == 8);
    CHECK(f.server->push_requests() == 3);
    check_each_once(f, uuids);
}

TEST_CASE("a record the server rejects is reported with its reason and not sent again") {
    SyncFixture f;
    f.enqueue(2, "feedback");
    f.enqueue(1, "horoscope");
    const auto summary = f.sync();
    CHECK(summary.sent == 2);
    CHECK(summary.rejected == 1);
    REQUIRE(summary.rejections.size() == 1);
    CHECK(summary.rejections[0].kind == "horoscope");
    CHECK_THAT(summary.rejections[0].reason, ContainsSubstring("unknown record kind"));
    CHECK(f.outbox_counts().rejected == 1);
    CHECK(f.sync().rejected == 0);
}

TEST_CASE("a token the server does not know is a configuration problem and sends nothing") {
    SyncFixture f;
    f.enqueue(2);
    {
        std::ofstream out(f.config.token_file, std::ios::trunc);
        out << "not-the-token\n";
    }
    const auto summary = f.sync();
    CHECK(summary.configuration_problem);
    CHECK_THAT(summary.problem, ContainsSubstring("token"));
    CHECK_THAT(summary.problem, !ContainsSubstring("not-the-token"));
    CHECK(f.server_total() == 0);
}

TEST_CASE("a token file others can read is refused before any connection") {
    SyncFixture f;
    std::filesystem::permissions(f.config.token_file, std::filesystem::perms::group_read,
                                 std::filesystem::perm_options::add);
    CHECK_THROWS_WITH(f.sync(), ContainsSubstring("owner only"));
}

TEST_CASE("every kind the device queues is one the server accepts") {
    SyncFixture f;
    // What the coordinator face queues besides the lobby's and the staff face's records.
    const std::vector<std::string> kinds{"missed_session_notice", "comfort_call", "icebreaker", "feedback", "check_in",
                                         "alert", "record_handover", "session_cancelled", "session_moved",
                                         "referral_closed"};
    for (const auto& kind : kinds) f.enqueue(1, kind);
    const auto summary = f.sync();
    CHECK(summary.rejected == 0);
    CHECK(summary.sent == static_cast<std::int64_t>(kinds.size()));
    for (const auto& kind : kinds) {
        INFO(kind);
        CHECK(f.server_store->count_by_kind()[kind] == 1);
    }
}
