// Sync throughput (issue #17): 10,000 realistic records (bench/realistic_data.hpp) from a device
// database to the reference server over HTTPS on 127.0.0.1, in the same run:
//   enrolled, format 2   the headline: an enrolled device, every record in a batch signed once
//                        (manifest of hashes) and every sealed kind under XChaCha20-Poly1305;
//   enrolled, format 1   the old scheme: a signature and a sealed box per record;
//   one request per record, an enrolled device (format 2), on a sample;
//   unsigned             a device added without enrolment (add-device): a footnote, no venue runs so;
// each on two loads: a venue day's mix (final records, check-ins, feedback, concerns) and final
// observation records alone (~1.5 KB each, all sealed: the heaviest kind). Then where an enrolled
// batch sync's time goes. Not a timed test: run build/bin/sync_bench and read the figures.
//   sync_bench [RECORDS] [PER_RECORD_SAMPLE]
// SYNC_BENCH_NO_PIECES=1 leaves out the piece-by-piece part (to profile the sync alone).
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <zlib.h>

#include "bench/realistic_data.hpp"
#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/sync/sync_once.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/uuid.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "kiosk/core/record_rules.hpp"
#include "sync/client/gzip.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/batch_seal.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/protocol/push_batch_writer.hpp"
#include "sync/server/batch_rules.hpp"
#include "kiosk/app/sync/device_keys.hpp"
#include "sync/server/sqlite_storage.hpp"
#include "sync/server/sync_server.hpp"

namespace {
namespace fs = std::filesystem;
using namespace kiosk;
using Clock = std::chrono::steady_clock;

// The coder before ISA-L, for the piece-by-piece comparison: zlib at level 1, Huffman only
// (what the device used for sealed bodies).
std::size_t zlib_huffman_only_size(const std::string& body) {
    z_stream stream{};
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15 + 16, 8, Z_HUFFMAN_ONLY) != Z_OK) return 0;
    std::string out(deflateBound(&stream, static_cast<uLong>(body.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
    stream.avail_in = static_cast<uInt>(body.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const bool finished = deflate(&stream, Z_FINISH) == Z_STREAM_END;
    const std::size_t written = stream.total_out;
    deflateEnd(&stream);
    return finished ? written : 0;
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

constexpr std::int64_t kVenue = 1;

// What a device's outbox holds: a venue day's mix, or final observation records alone.
enum class Load { DayMix, Records };

bench::OutboxMix mix_of(Load load, int records) {
    if (load == Load::Records) return {.observation_records = records};
    // day_mix(n) queues about 3.36 records a session; sessions so that the total is `records`.
    bench::OutboxMix mix = bench::day_mix(std::max(1, records * 100 / 336));
    mix.check_ins += records - mix.total();  // the rounding's few, as check-ins
    return mix;
}

struct Bench {
    fs::path dir;
    fs::path certs;
    int port = 0;
    sync::server::SqliteStorage* store = nullptr;
    core::FixedClock clock{core::from_unix(1795428300)};

    // Each device has its own id, database and token: two databases under one id would look to
    // the server like one device whose audit history was rewritten.
    app::Config device(const std::string& name, int records, Load load, bool enrolled) {
        app::Config c = app::demo_config(dir / name);
        {
            store::Database db = store::Database::open({.database_file = c.database_file, .key_file = c.key_file,
                                                        .now = clock.now()});
            // Real records of varied words (bench/realistic_data.hpp), the same on every run.
            bench::RealisticData data;
            const auto queued = bench::queue_realistic_outbox(db, data, mix_of(load, records), clock.now());
            if (name == "v2-mix" || name == "v2-records") {
                const auto mix = mix_of(load, records);
                std::cout << (load == Load::DayMix ? "a day's mix: " : "final records only: ") << queued.records
                          << " records (" << mix.observation_records << " final observation records, " << mix.check_ins
                          << " check-ins, " << mix.feedback << " feedback, " << mix.concerns << " concerns), "
                          << queued.payload_bytes / queued.records << " bytes of JSON each on average\n";
            }
        }
        c.server_url = "https://127.0.0.1:" + std::to_string(port);
        c.ca_file = certs / "ca.crt";
        if (!enrolled) {
            c.device_id = name;
            c.token_file = dir / name / "keys" / "sync.token";
            std::ofstream(c.token_file) << store->add_device(name, kVenue, sync::DeviceRole::Coordinator) << '\n';
            fs::permissions(c.token_file, fs::perms::owner_read | fs::perms::owner_write);
            return c;
        }
        c.device_id.clear();
        c.token_file.clear();
        app::enrol_device(c, {.server_url = c.server_url,
                              .token = store->issue_enrolment_token({.device_id = name, .venue_id = kVenue,
                                                                     .role = sync::DeviceRole::Coordinator,
                                                                     .valid_for = std::chrono::hours{1}}),
                              .pin_sha256 = {}, .ca_file = c.ca_file.string()});
        return c;
    }

    // Wall seconds; `cpu_seconds` gets the CPU time of the device and server threads together.
    double run(const app::Config& c, int batch_records, int push_format, app::SyncSummary& summary,
               double& cpu_seconds) {
        app::SyncProgressBoard board;
        app::SyncOptions options;
        options.max_batch_records = batch_records;
        options.pull = false;
        options.push_format = push_format;
        const std::clock_t cpu_start = std::clock();
        const auto start = Clock::now();
        summary = app::sync_once(c, clock, board, options);
        cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
        return seconds_since(start);
    }

    // One line per configuration, in the shape scripts/write-performance-report.py reads:
    // "<label>: N records in S s = R records/s, cpu C s (...)".
    void measure(const std::string& label, const std::string& name, int records, Load load, bool enrolled,
                 int batch_records, int push_format) {
        const app::Config c = device(name, records, load, enrolled);
        app::SyncSummary summary;
        double cpu = 0;
        const double seconds = run(c, batch_records, push_format, summary, cpu);
        std::cout << label << ": " << summary.sent << " records in " << seconds << " s = "
                  << static_cast<long>(static_cast<double>(summary.sent) / seconds) << " records/s, cpu " << cpu
                  << " s = " << static_cast<long>(cpu * 1e6 / std::max(1.0, static_cast<double>(summary.sent))) << " us a record ("
                  << app::summary_line(summary) << ")\n";
        if (summary.sent != records) {
            std::cerr << "sync_bench: " << label << " sent " << summary.sent << " of " << records
                      << " records; its figure would mean nothing\n";
            std::exit(1);
        }
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
    bench.port = server.bind("127.0.0.1", 0);
    bench.store = &store;
    server.start();

    // The headline first, then the alternatives, each on its own device and database.
    for (const Load load : {Load::DayMix, Load::Records}) {
        const std::string tag = load == Load::DayMix ? "mix" : "records";
        const std::string of = load == Load::DayMix ? ", a day's mix" : ", final records only";
        bench.measure("enrolled, format 2" + of, "v2-" + tag, records, load, true, 500, 2);
        if (std::getenv("SYNC_BENCH_HEADLINE_ONLY") != nullptr) continue;  // to profile the headline alone
        bench.measure("enrolled, format 1 (a signature and a sealed box per record)" + of, "v1-" + tag, records, load,
                      true, 500, 1);
        bench.measure("enrolled, one request per record" + of, "single-" + tag, per_record_sample, load, true, 1, 2);
        bench.measure("unsigned (add-device, no venue runs so)" + of, "unsigned-" + tag, records, load, false, 500, 2);
    }
    // Where a batch sync's time goes: the same work, piece by piece, without the network.
    if (std::getenv("SYNC_BENCH_NO_PIECES") == nullptr) {
        // The headline's own device database (a day's mix), its records put back in the queue to
        // be read again (bench database only), sent as an enrolled device of its own.
        const app::Config headline = app::demo_config(bench.dir / "v2-mix");
        store::Database db = store::Database::open({.database_file = headline.database_file,
                                                    .key_file = headline.key_file, .now = bench.clock.now()});
        db.exec("UPDATE outbox SET state = 'queued'");
        store::OutboxRepository outbox(db);
        // Each step's CPU time (the server is idle meanwhile, so the process's CPU is the step's),
        // the best of three passes where a step changes nothing: on a machine shared with other
        // work, wall time and one pass are mostly noise.
        const auto cpu_now = [] { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; };
        double cpu_start = cpu_now();
        const auto items = outbox.next_batch(records);
        const double read_s = cpu_now() - cpu_start;
        app::DeviceKeys keys = app::generate_device_keys();
        keys.sealing_public = sealing.public_key;
        const auto enrolment = store.enrol(
            {.token = store.issue_enrolment_token({.device_id = "pieces", .venue_id = kVenue,
                                                   .role = sync::DeviceRole::Coordinator,
                                                   .valid_for = std::chrono::hours{1}}),
             .public_key = sync::encode_base64(keys.signing_public.data(), keys.signing_public.size())});
        const auto pieces = *store.authenticate(enrolment.answer->device_token);
        std::size_t raw = 0;
        std::size_t packed = 0;
        std::vector<std::string> bodies;
        double encode_s = 1e9;
        double gzip_s = 1e9;
        double zlib_s = 1e9;
        std::size_t zlib_packed = 0;
        for (int pass = 0; pass < 3; ++pass) {
            bodies.clear();
            raw = 0;
            packed = 0;
            cpu_start = cpu_now();
            // The server has seen no audit head from this device, so these batches need none.
            for (std::size_t i = 0; i < items.size(); i += 500) {
                sync::BatchProtector protector("pieces", keys.signing_secret, keys.sealing_public);
                sync::PushBatchWriter writer("pieces", std::nullopt, std::nullopt);
                for (std::size_t j = i; j < std::min(items.size(), i + 500); ++j) {
                    // A new UUID for each (the server takes a UUID once), the payload's own schema.
                    sync::PushRecord r{.uuid = store::new_uuid(), .kind = items[j].kind, .schema = items[j].schema,
                                       .created_at = items[j].created_at, .device_id = "pieces",
                                       .payload_json = items[j].payload, .signature = {}, .sealed = {}};
                    protector.protect(r);
                    writer.add_canonical(r);
                }
                writer.seal_with(protector.finish(std::nullopt, std::nullopt));
                bodies.push_back(writer.take_body());
                raw += bodies.back().size();
            }
            encode_s = std::min(encode_s, cpu_now() - cpu_start);
            cpu_start = cpu_now();
            for (const auto& body : bodies) packed += sync::gzip_compress(body).size();
            gzip_s = std::min(gzip_s, cpu_now() - cpu_start);
            cpu_start = cpu_now();
            zlib_packed = 0;
            for (const auto& body : bodies) zlib_packed += zlib_huffman_only_size(body);
            zlib_s = std::min(zlib_s, cpu_now() - cpu_start);
        }
        std::vector<sync::ReceivedBatch> received;
        std::vector<sync::server::PreparedBatch> prepared;
        double decode_s = 1e9;
        double verify_s = 1e9;
        for (int pass = 0; pass < 3; ++pass) {
            received.clear();
            prepared.clear();
            cpu_start = cpu_now();
            for (const auto& body : bodies) received.push_back(sync::decode_push_batch(body));
            decode_s = std::min(decode_s, cpu_now() - cpu_start);
            cpu_start = cpu_now();
            for (auto& batch : received) prepared.push_back(sync::server::prepare_batch(std::move(batch), pieces, sealing));
            verify_s = std::min(verify_s, cpu_now() - cpu_start);
        }
        cpu_start = cpu_now();
        std::size_t stored = 0;
        std::string refusal;
        for (const auto& batch : prepared) {
            for (const auto& result : store.store_prepared(batch, pieces)) {
                stored += result.status == sync::RecordStatus::Stored ? 1 : 0;
                if (result.status != sync::RecordStatus::Stored && refusal.empty()) refusal = result.reason;
            }
        }
        const double server_s = cpu_now() - cpu_start;
        if (stored != items.size()) {
            std::cerr << "sync_bench: the server stored " << stored << " of " << items.size()
                      << " records in the piece-by-piece run (" << refusal << "); its figures would mean nothing\n";
            return 1;
        }
        cpu_start = cpu_now();
        {
            store::WriteTransaction tx(db, "bench", bench.clock.now());
            for (std::size_t i = 0; i < items.size(); i += 500) {
                std::vector<std::string> uuids;
                for (std::size_t j = i; j < std::min(items.size(), i + 500); ++j) uuids.push_back(items[j].uuid);
                outbox.mark_delivered(tx, uuids, store::Delivery::Stored);
            }
            tx.commit();
        }
        const double mark_s = cpu_now() - cpu_start;
        const auto us = [&](double seconds) {
            return std::to_string(static_cast<long>(seconds * 1e6 / static_cast<double>(items.size()))) + " us a record";
        };
        std::cout << "enrolled batch sync (format 2, a day's mix), piece by piece, CPU (" << items.size() << " records, "
                  << raw / 1024 << " KiB JSON, " << packed / 1024 << " KiB gzip):\n"
                  << "  read outbox                   " << read_s << " s = " << us(read_s) << "\n"
                  << "  hash, seal, sign, encode      " << encode_s << " s = " << us(encode_s) << " (best of 3)\n"
                  << "  gzip (ISA-L level 1)          " << gzip_s << " s = " << us(gzip_s) << " (best of 3)\n"
                  << "    beside it, zlib Huffman only " << zlib_s << " s = " << us(zlib_s) << ", " << zlib_packed / 1024
                  << " KiB (the coder before)\n"
                  << "  server decode                 " << decode_s << " s = " << us(decode_s) << " (best of 3)\n"
                  << "  server verify, open, validate " << verify_s << " s = " << us(verify_s) << " (best of 3)\n"
                  << "  server store                  " << server_s << " s = " << us(server_s) << "\n"
                  << "  mark sent + audit             " << mark_s << " s = " << us(mark_s) << "\n";
    }
    server.stop();
    fs::remove_all(bench.dir);
    return 0;
}
