// Sync throughput: 10,000 records of about 1.5 KB from a device database to the reference
// server over HTTPS on 127.0.0.1, in batches, against one request per record; and where a
// batch sync's time goes. Not a timed test: run build/bin/sync_bench and read the figures.
//   sync_bench [RECORDS] [PER_RECORD_SAMPLE]
// SYNC_BENCH_NO_PIECES=1 leaves out the piece-by-piece part (to profile the sync alone).
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "bench/realistic_data.hpp"
#include "kiosk/app/config.hpp"
#include "kiosk/app/enrolment.hpp"
#include "kiosk/app/sync_once.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/uuid.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "kiosk/core/record_rules.hpp"
#include "sync/client/gzip.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/server/sqlite_storage.hpp"
#include "sync/server/sync_server.hpp"

namespace {
namespace fs = std::filesystem;
using namespace kiosk;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

constexpr std::int64_t kVenue = 1;

struct Bench {
    fs::path dir;
    fs::path certs;
    core::FixedClock clock{core::from_unix(1795428300)};

    // Each device has its own id and token: two databases under one id would look to the
    // server like one device whose audit history was rewritten.
    app::Config device(const std::string& name, int records, int port, const std::string& token) {
        app::Config c = app::demo_config(dir / name);
        store::Database db = store::Database::open({.database_file = c.database_file, .key_file = c.key_file,
                                                    .now = clock.now()});
        // Real final records of varied words (bench/realistic_data.hpp), the same on every run.
        bench::RealisticData data;
        const auto queued = bench::queue_realistic_outbox(db, data, {.observation_records = records}, clock.now());
        if (name == "batched") {
            std::cout << "records: " << queued.records << " final observation records, "
                      << queued.payload_bytes / queued.records << " bytes of JSON each on average\n";
        }
        c.server_url = "https://127.0.0.1:" + std::to_string(port);
        c.device_id = name;
        c.ca_file = certs / "ca.crt";
        c.token_file = dir / name / "keys" / "sync.token";
        std::ofstream(c.token_file) << token << '\n';
        fs::permissions(c.token_file, fs::perms::owner_read | fs::perms::owner_write);
        return c;
    }

    // Wall seconds; `cpu_seconds` gets the CPU time of the device and server threads together.
    double run(const app::Config& c, int batch_records, app::SyncSummary& summary, double& cpu_seconds) {
        app::SyncProgressBoard board;
        app::SyncOptions options;
        options.max_batch_records = batch_records;
        options.pull = false;
        const std::clock_t cpu_start = std::clock();
        const auto start = Clock::now();
        summary = app::sync_once(c, clock, board, options);
        cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
        return seconds_since(start);
    }
};

}  // namespace

int main(int argc, char** argv) {
    const int records = argc > 1 ? std::atoi(argv[1]) : 10'000;
    const int per_record_sample = argc > 2 ? std::atoi(argv[2]) : 2'000;
    Bench bench;
    bench.dir = fs::temp_directory_path() / ("contact-sync-bench-" + std::to_string(::getpid()));
    bench.certs = bench.dir / "certs";
    fs::create_directories(bench.dir);
    const std::string make = std::string(KIOSK_SOURCE_DIR) + "/scripts/make-demo-certs '" + bench.certs.string() +
                             "' >/dev/null";
    if (std::system(make.c_str()) != 0) return 1;

    sync::server::SqliteStorage store(bench.dir / "server.db");
    const sync::server::SealingKeyPair sealing = sync::server::generate_sealing_key_pair();
    store.record_sealing_key(sealing.public_key);

    sync::server::SyncServer server({.certificate = bench.certs / "server.crt",
                                     .private_key = bench.certs / "server.key"},
                                    store, sealing);
    const int port = server.bind("127.0.0.1", 0);
    server.start();

    app::SyncSummary summary;
    const app::Config batched = bench.device("batched", records, port, store.add_device("batched", kVenue, sync::DeviceRole::Coordinator));
    double cpu_seconds = 0;
    const double batch_seconds = bench.run(batched, 500, summary, cpu_seconds);
    std::cout << "batched:    " << summary.sent << " records in " << batch_seconds << " s = "
              << static_cast<long>(static_cast<double>(summary.sent) / batch_seconds) << " records/s, cpu "
              << cpu_seconds << " s (" << app::summary_line(summary) << ")\n";

    const app::Config single = bench.device("single", per_record_sample, port, store.add_device("single", kVenue, sync::DeviceRole::Coordinator));
    const double single_seconds = bench.run(single, 1, summary, cpu_seconds);
    std::cout << "per record: " << summary.sent << " records in " << single_seconds << " s = "
              << static_cast<long>(static_cast<double>(summary.sent) / single_seconds) << " records/s (" << app::summary_line(summary) << ")\n";

    // The same records from an enrolled device: each one signed and, being observation
    // records, sealed to the server's key; the server checks and opens every one.
    app::Config enrolled = bench.device("enrolled", records, port, "replaced-by-enrolment");
    enrolled.device_id.clear();
    enrolled.token_file.clear();
    app::enrol_device(enrolled, {.server_url = enrolled.server_url, .token = store.issue_enrolment_token({.device_id = "enrolled", .venue_id = kVenue,
                                                                           .role = sync::DeviceRole::Coordinator,
                                                                           .valid_for = std::chrono::hours{1}}),
                                 .pin_sha256 = {}, .ca_file = enrolled.ca_file.string()});
    const double enrolled_seconds = bench.run(enrolled, 500, summary, cpu_seconds);
    std::cout << "enrolled:   " << summary.sent << " records in " << enrolled_seconds << " s = "
              << static_cast<long>(static_cast<double>(summary.sent) / enrolled_seconds) << " records/s, cpu "
              << cpu_seconds << " s, signed and sealed (" << app::summary_line(summary) << ")\n";

    // Where a batch sync's time goes: the same work, piece by piece, without the network.
    if (std::getenv("SYNC_BENCH_NO_PIECES") == nullptr) {
        store::Database db = store::Database::open({.database_file = batched.database_file,
                                                    .key_file = batched.key_file, .now = bench.clock.now()});
        // Put the records back in the queue to read them again (bench database only).
        db.exec("UPDATE outbox SET state = 'queued'");
        store::OutboxRepository outbox(db);
        auto start = Clock::now();
        const auto items = outbox.next_batch(records);
        const double read_s = seconds_since(start);
        std::vector<sync::PushBatch> batches;
        start = Clock::now();
        std::size_t raw = 0;
        std::size_t packed = 0;
        std::vector<std::string> bodies;
        // A device of its own: the server has seen no audit head from it, so these batches
        // need none, and every record is stored (checked below).
        const auto pieces = *store.authenticate(store.add_device("pieces", kVenue, sync::DeviceRole::Coordinator));
        for (std::size_t i = 0; i < items.size(); i += 500) {
            sync::PushBatch b{.device_id = "pieces", .records = {}, .audit_head = std::nullopt,
                              .audit_anchor = std::nullopt, .audit_signature = std::nullopt};
            for (std::size_t j = i; j < std::min(items.size(), i + 500); ++j) {
                // A new UUID for each (the server takes only UUIDs), the payload's own schema.
                b.records.push_back({.uuid = store::new_uuid(), .kind = items[j].kind, .schema = items[j].schema,
                                     .created_at = items[j].created_at, .device_id = "pieces",
                                     .payload_json = items[j].payload, .signature = {}, .sealed = {}});
            }
            bodies.push_back(sync::encode_push_batch(b));
            raw += bodies.back().size();
        }
        const double encode_s = seconds_since(start);
        start = Clock::now();
        for (const auto& body : bodies) packed += sync::gzip_compress(body).size();
        const double gzip_s = seconds_since(start);
        start = Clock::now();
        std::vector<sync::ReceivedBatch> received;
        for (const auto& body : bodies) received.push_back(sync::decode_push_batch(body));
        const double decode_s = seconds_since(start);
        start = Clock::now();
        std::size_t stored = 0;
        std::string refusal;
        for (auto& batch : received) {
            for (const auto& result : store.store_batch(std::move(batch), pieces, sealing)) {
                stored += result.status == sync::RecordStatus::Stored ? 1 : 0;
                if (result.status != sync::RecordStatus::Stored && refusal.empty()) refusal = result.reason;
            }
        }
        const double server_s = seconds_since(start);
        if (stored != items.size()) {
            std::cerr << "sync_bench: the server stored " << stored << " of " << items.size()
                      << " records in the piece-by-piece run (" << refusal << "); its figures would mean nothing\n";
            return 1;
        }
        start = Clock::now();
        {
            store::WriteTransaction tx(db, "bench", bench.clock.now());
            for (std::size_t i = 0; i < items.size(); i += 500) {
                std::vector<std::string> uuids;
                for (std::size_t j = i; j < std::min(items.size(), i + 500); ++j) uuids.push_back(items[j].uuid);
                outbox.mark_delivered(tx, uuids, store::Delivery::Stored);
            }
            tx.commit();
        }
        const double mark_s = seconds_since(start);
        std::cout << "batch sync, piece by piece (" << items.size() << " records, " << raw / 1024 << " KiB JSON, "
                  << packed / 1024 << " KiB gzip):\n"
                  << "  read outbox        " << read_s << " s\n"
                  << "  encode JSON        " << encode_s << " s\n"
                  << "  gzip               " << gzip_s << " s\n"
                  << "  server decode      " << decode_s << " s\n"
                  << "  server store       " << server_s << " s\n"
                  << "  mark sent + audit  " << mark_s << " s\n";
    }
    server.stop();
    fs::remove_all(bench.dir);
    return 0;
}
