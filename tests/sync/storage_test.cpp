// The receiver's storage with two receivers on one database at once (issue #14): each test opens
// the same database twice, as two receiver processes would, and races them. On SQLite (the
// default run) the two share one file; with KIOSK_TEST_STORAGE=postgresql they share a database
// of the run's cluster, where nothing but the database's own locks keeps them apart.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <latch>
#include <random>
#include <set>
#include <string_view>
#include <thread>

#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/server/open_storage.hpp"
#include "sync/server/postgres/pg_migrations.hpp"
#include "sync/server/sealing_key.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_storage.hpp"
#include "tests/sync/sync_fixture.hpp"
#include "tests/sync/venue_samples.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using namespace kiosk::sync::server;
using Catch::Matchers::ContainsSubstring;

namespace {

// Two receivers on one database.
struct TwoReceivers {
    TempDir dir;
    std::string where = new_test_database(dir.path());
    std::unique_ptr<ReceiverStorage> a = open_storage(where, 4);
    std::unique_ptr<ReceiverStorage> b = open_storage(where, 4);
    SealingKeyPair keys = load_sealing_key(*a, {.key_file = dir / "sealing.key", .credentials_dir = {}}).keys;

    ReceiverStorage& either(std::size_t n) { return n % 2 == 0 ? *a : *b; }
};

sync::PushRecord record(const std::string& device, int n) {
    return {.uuid = sample_uuid(500000 + n), .kind = "feedback", .schema = 2, .created_at = kDemoNow,
            .device_id = device, .payload_json = sample_payload("feedback", n, "fine"), .signature = std::nullopt,
            .sealed = std::nullopt};
}

sync::ReceivedBatch batch_of(const std::vector<sync::PushRecord>& records, std::optional<std::string> head = {},
                             std::optional<std::string> anchor = {}) {
    sync::ReceivedBatch batch;
    batch.device_id = records.empty() ? std::string{} : records.front().device_id;
    for (const auto& r : records) batch.records.push_back({.uuid = r.uuid, .record = r, .problem = {}});
    batch.audit_head = std::move(head);
    batch.audit_anchor = std::move(anchor);
    return batch;
}

std::string head(std::int64_t seq, char digit) { return std::to_string(seq) + ":" + std::string(64, digit); }

std::string staff_change(int n) {
    return nlohmann::json{{"kind", "staff"},
                          {"data", {{"uuid", sample_uuid(700000 + n)}, {"display_name", "Worker " + std::to_string(n)},
                                    {"role", "worker"}, {"active", true}}}}
        .dump();
}

}  // namespace

TEST_CASE("two receivers storing the same records at once store each exactly once") {
    TwoReceivers r;
    const auto device = *r.a->authenticate(r.a->add_device("tablet-1", 1, sync::DeviceRole::Tablet));
    std::vector<sync::PushRecord> records;
    for (int i = 0; i < 240; ++i) records.push_back(record("tablet-1", i));

    // Eight senders (a device and its retries, through either receiver), each the whole set in
    // batches of 30 in its own order, all at once.
    constexpr int kSenders = 8;
    std::vector<std::vector<sync::RecordResult>> results(kSenders);
    std::atomic<int> failed_batches{0};
    std::latch start(kSenders);
    std::vector<std::thread> senders;
    for (int s = 0; s < kSenders; ++s) {
        senders.emplace_back([&, s] {
            auto mine = records;
            std::shuffle(mine.begin(), mine.end(), std::mt19937(static_cast<unsigned>(s)));
            start.arrive_and_wait();
            for (std::size_t at = 0; at < mine.size(); at += 30) {
                const std::vector<sync::PushRecord> part(mine.begin() + static_cast<std::ptrdiff_t>(at),
                                                         mine.begin() + static_cast<std::ptrdiff_t>(at + 30));
                try {
                    auto answer =
                        r.either(static_cast<std::size_t>(s) + at / 30).store_batch(batch_of(part), device, r.keys);
                    results[static_cast<std::size_t>(s)].insert(results[static_cast<std::size_t>(s)].end(),
                                                                answer.begin(), answer.end());
                } catch (const ServerStoreError&) {
                    ++failed_batches;  // a 500 or 503 to the device: what a lost race on the key gives
                }
            }
        });
    }
    for (auto& t : senders) t.join();
    CHECK(failed_batches == 0);

    std::map<std::string, int> stored;
    int already = 0;
    int rejected = 0;
    for (const auto& answers : results) {
        for (const auto& answer : answers) {
            if (answer.status == sync::RecordStatus::Stored) ++stored[answer.uuid];
            if (answer.status == sync::RecordStatus::AlreadyStored) ++already;
            if (answer.status == sync::RecordStatus::Rejected) ++rejected;
        }
    }
    CHECK(rejected == 0);
    CHECK(stored.size() == records.size());
    CHECK(std::all_of(stored.begin(), stored.end(), [](const auto& s) { return s.second == 1; }));
    CHECK(already == static_cast<int>(records.size()) * (kSenders - 1));
    CHECK(r.b->count_by_kind().at("feedback") == static_cast<std::int64_t>(records.size()));
}

TEST_CASE("two batches of one device racing through two receivers are judged one after the other") {
    // A forked history: two batches claim the same next audit row with different hashes, both
    // vouching for the head the server holds. Whichever is judged second must see the first's
    // head and be refused; judged side by side, both would pass.
    TwoReceivers r;
    const auto device = *r.a->authenticate(r.a->add_device("tablet-1", 1, sync::DeviceRole::Tablet));
    std::string anchor = head(1, 'a');
    REQUIRE(r.a->store_batch(batch_of({record("tablet-1", 0)}, anchor), device, r.keys).front().status ==
            sync::RecordStatus::Stored);
    int both_stored = 0;
    for (int round = 1; round <= 30; ++round) {
        const std::int64_t seq = 1 + round;
        const auto x = batch_of({record("tablet-1", 2 * round)}, head(seq, 'b'), anchor);
        const auto y = batch_of({record("tablet-1", 2 * round + 1)}, head(seq, 'c'), anchor);
        std::vector<sync::RecordResult> from_x;
        std::vector<sync::RecordResult> from_y;
        std::latch start(2);
        std::thread tx([&] {
            start.arrive_and_wait();
            from_x = r.a->store_batch(x, device, r.keys);
        });
        std::thread ty([&] {
            start.arrive_and_wait();
            from_y = r.b->store_batch(y, device, r.keys);
        });
        tx.join();
        ty.join();
        const bool x_stored = from_x.front().status == sync::RecordStatus::Stored;
        const bool y_stored = from_y.front().status == sync::RecordStatus::Stored;
        INFO("round " << round);
        CHECK(x_stored != y_stored);
        if (x_stored && y_stored) ++both_stored;
        const auto& refused = x_stored ? from_y.front() : from_x.front();
        CHECK_THAT(refused.reason, ContainsSubstring("audit history was rewritten"));
        anchor = x_stored ? head(seq, 'b') : head(seq, 'c');
    }
    CHECK(both_stored == 0);
    CHECK(r.a->history_rewrites("tablet-1") == 30);
}

TEST_CASE("a one-time enrolment token raced through two receivers enrols one device") {
    TwoReceivers r;
    const std::string token =
        r.a->issue_enrolment_token({.device_id = "tablet-7", .venue_id = 1, .role = sync::DeviceRole::Tablet,
                                    .valid_for = std::chrono::hours{1}});
    constexpr int kRacers = 8;
    std::vector<EnrolRefusal> outcomes(kRacers);
    std::atomic<int> failures{0};  // a database error (what a unique index left alone would give)
    std::latch start(kRacers);
    std::vector<std::thread> racers;
    for (int i = 0; i < kRacers; ++i) {
        racers.emplace_back([&, i] {
            const auto keys = generate_sealing_key_pair();  // any 32 bytes stand for the device's key
            const sync::EnrolRequest request{.token = token,
                                             .public_key = sync::encode_base64(keys.public_key.data(), 32)};
            start.arrive_and_wait();
            try {
                outcomes[static_cast<std::size_t>(i)] = r.either(static_cast<std::size_t>(i)).enrol(request).refusal;
            } catch (const ServerStoreError&) {
                outcomes[static_cast<std::size_t>(i)] = EnrolRefusal::Expired;  // counted below as a failure
                ++failures;
            }
        });
    }
    for (auto& t : racers) t.join();
    CHECK(failures == 0);
    CHECK(std::count(outcomes.begin(), outcomes.end(), EnrolRefusal::None) == 1);
    CHECK(std::count(outcomes.begin(), outcomes.end(), EnrolRefusal::UnknownOrUsed) == kRacers - 1);

    // add-device for one id from both receivers at once: one enrolment, one token, and the others
    // told in a sentence that it is enrolled (not a database error from the unique index, which
    // is what they get when add-device does not first take the device id's lock).
    std::atomic<int> added{0};
    std::atomic<int> refused{0};
    std::atomic<int> other_errors{0};
    std::latch again(kRacers);
    std::vector<std::thread> adders;
    for (int i = 0; i < kRacers; ++i) {
        adders.emplace_back([&, i] {
            again.arrive_and_wait();
            try {
                (void)r.either(static_cast<std::size_t>(i)).add_device("lobby-2", 1, sync::DeviceRole::Lobby);
                ++added;
            } catch (const ServerStoreError& e) {
                ++(std::string_view{e.what()}.find("already enrolled") != std::string_view::npos ? refused : other_errors);
            }
        });
    }
    for (auto& t : adders) t.join();
    CHECK(added == 1);
    CHECK(refused == kRacers - 1);
    CHECK(other_errors == 0);
}

TEST_CASE("two receivers importing at once never let a reader's cursor pass a change still to commit") {
    // Each import appends 40 changes; two importers take turns through two receivers while a
    // device pages through the feed with its cursor as fast as it can. Every change must reach
    // it exactly once: a cursor that moved past a row committed later would lose that row.
    TwoReceivers r;
    constexpr int kImports = 12;
    constexpr int kPerImport = 40;
    std::atomic<int> importing{2};
    std::vector<std::thread> importers;
    for (int who = 0; who < 2; ++who) {
        importers.emplace_back([&, who] {
            for (int i = 0; i < kImports; ++i) {
                nlohmann::json changes = nlohmann::json::array();
                for (int k = 0; k < kPerImport; ++k) {
                    changes.push_back(nlohmann::json::parse(staff_change((who * kImports + i) * kPerImport + k)));
                }
                r.either(static_cast<std::size_t>(who)).import_feed(nlohmann::json{{"changes", changes}}.dump());
            }
            --importing;
        });
    }
    std::multiset<std::string> received;
    std::string cursor;
    const auto drain = [&] {
        for (;;) {
            const FeedPage page = r.a->changes_after(cursor, 1000, 1, {"staff"});
            for (const auto& change : page.changes) {
                received.insert(nlohmann::json::parse(change)["data"]["uuid"].get<std::string>());
            }
            cursor = page.cursor;
            if (!page.more) return;
        }
    };
    while (importing > 0) drain();
    for (auto& t : importers) t.join();
    drain();
    CHECK(received.size() == static_cast<std::size_t>(2 * kImports * kPerImport));
    CHECK(std::set<std::string>(received.begin(), received.end()).size() == received.size());
}

TEST_CASE("a PostgreSQL URL's password never reaches a log line or an error") {
    // The receiver logs where its records are at start, and a database it cannot reach in a
    // sentence: both name host, port and database only.
    const std::string url = "postgresql://contact_sync:Sekr3tPassw0rd@127.0.0.1:1/contact_sync?sslmode=disable";
    CHECK(describe_storage(url) == "PostgreSQL 127.0.0.1:1/contact_sync");
    try {
        (void)open_storage(url);
        FAIL("port 1 answered as a PostgreSQL server");
    } catch (const ServerBusyError& e) {
        CHECK_THAT(e.what(), ContainsSubstring("127.0.0.1:1/contact_sync"));
        CHECK_THAT(e.what(), !ContainsSubstring("Sekr3t"));
    }
}

TEST_CASE("PostgreSQL migrations: receivers started together migrate once, and a newer schema is refused",
          "[.postgresql]") {
    const std::string url = new_pg_database();
    std::vector<std::unique_ptr<ReceiverStorage>> receivers(4);
    std::atomic<int> refused{0};  // a receiver that failed to start (a migration applied twice)
    std::latch start(4);
    std::vector<std::thread> starting;
    for (auto& receiver : receivers) {
        starting.emplace_back([&] {
            start.arrive_and_wait();
            try {
                receiver = open_storage(url, 1);
            } catch (const ServerStoreError&) {
                ++refused;
            }
        });
    }
    for (auto& t : starting) t.join();
    CHECK(refused == 0);
    // Every migration once (1: issue #14's tables; 2: issue #17's batch manifests).
    const std::string latest = std::to_string(sync::server::pg::kMigrations.size());
    CHECK(pg_query(url, "SELECT count(*) FROM schema_migrations") == latest);
    CHECK(pg_query(url, "SELECT max(version) FROM schema_migrations") == latest);
    // Opened again, nothing is applied twice.
    (void)open_storage(url, 1);
    CHECK(pg_query(url, "SELECT count(*) FROM schema_migrations") == latest);

    // A database an upgraded receiver migrated further: this one refuses it in a sentence, and
    // leaves it as it was (forward only; an upgrade is undone from a backup).
    pg_query(url, "INSERT INTO schema_migrations (version) VALUES (99)");
    try {
        (void)open_storage(url, 1);
        FAIL("a schema from a newer server was opened");
    } catch (const ServerStoreError& e) {
        CHECK_THAT(e.what(), ContainsSubstring("schema version 99, from a newer contact-sync-server"));
    }
    CHECK(pg_query(url, "SELECT max(version) FROM schema_migrations") == "99");
}
