// Receivers' throughput (issue #14): records/s stored by 1, 2 and 4 contact-sync-server processes
// on one PostgreSQL, against one on SQLite, in the same run, with the same load. Not a timed
// test: run build/bin/receivers_bench and read the figures (scripts/bench puts them in
// docs/PERFORMANCE.md).
//   receivers_bench [RECORDS_PER_SENDER] [SENDERS]
// The load: SENDERS enrolled devices, each pushing its day's realistic records (bench/
// realistic_data.hpp: final observation records of ~1.5 KB, check-ins, feedback, concerns),
// signed with its key and sealed where they must be, in batches as a device makes them (up to
// 500 records and 1 MiB), one request in flight per device, device i to receiver i mod N. The
// batches are built, signed, sealed and gzipped before the clock starts, so what is timed is the
// receivers' work (TLS, inflate, decode, verify, open, check, store) and the database's.
// PostgreSQL is a throwaway cluster with its durable defaults (fsync, synchronous_commit on);
// SQLite has synchronous = FULL, as the server sets it. Where the CPU went is printed per part:
// the receivers, PostgreSQL, and this process (the senders' TLS).
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "bench/realistic_data.hpp"
#include "kiosk/app/sync/device_keys.hpp"
#include "kiosk/app/sync/record_protection.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "sync/client/gzip.hpp"
#include "sync/client/https_transport.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/server/open_storage.hpp"
#include "sync/server/sealing_key.hpp"
#include "tests/security/hostile/server_process.hpp"
#include "tests/support/pg_cluster.hpp"
#include "tests/support/temp_dir.hpp"

namespace {
namespace fs = std::filesystem;
using namespace kiosk;
using Clock = std::chrono::steady_clock;

constexpr std::int64_t kVenue = 1;

struct Sender {
    std::string id;
    app::DeviceKeys keys;
    std::vector<std::string> bodies;  // gzip JSON push batches
    std::vector<std::string> json;    // the same, before gzip (for the piece-by-piece part)
    std::size_t records = 0;
};

double clock_ticks() { return static_cast<double>(::sysconf(_SC_CLK_TCK)); }

// CPU seconds of a process (user + system; with `children`, of the children it has reaped too).
double cpu_of(pid_t pid, bool children = false) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');
    if (close == std::string::npos) return 0;
    std::istringstream fields(text.substr(close + 2));
    std::vector<std::string> f;
    for (std::string x; fields >> x;) f.push_back(x);
    // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
    if (f.size() < 15) return 0;
    double ticks = std::stod(f[11]) + std::stod(f[12]);
    if (children) ticks += std::stod(f[13]) + std::stod(f[14]);
    return ticks / clock_ticks();
}

pid_t parent_of(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');
    if (close == std::string::npos) return 0;
    std::istringstream fields(text.substr(close + 2));
    std::string state;
    pid_t parent = 0;
    fields >> state >> parent;
    return parent;
}

// All of one PostgreSQL cluster's CPU: the postmaster with the backends it reaped, and those
// still running.
double postgres_cpu(pid_t postmaster) {
    double total = cpu_of(postmaster, true);
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        const pid_t pid = std::stoi(name);
        if (parent_of(pid) == postmaster) total += cpu_of(pid);
    }
    return total;
}

double own_cpu() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// A device's day: its records as its outbox holds them, signed and sealed, in batches.
Sender make_sender(const fs::path& dir, int n, int records, const sync::server::SealingKeyPair& server_key) {
    Sender s;
    s.id = "bench-" + std::to_string(n);
    s.keys = app::generate_device_keys();
    s.keys.sealing_public = server_key.public_key;
    const core::Timestamp day = core::from_unix(1795428300);
    store::Database db = store::Database::open({.database_file = dir / (s.id + ".db"),
                                                .key_file = dir / (s.id + ".key"), .now = day});
    bench::RealisticData data(static_cast<std::uint64_t>(n) + 1);
    // A day with about `records` records: one final record per session, two check-ins, ...
    bench::queue_realistic_outbox(db, data, bench::day_mix(std::max(1, records * 10 / 33)), day);
    const auto items = store::OutboxRepository(db).next_batch(1'000'000);
    sync::PushBatch batch{.device_id = s.id, .records = {}, .audit_head = std::nullopt, .audit_anchor = std::nullopt,
                          .audit_signature = std::nullopt, .seal = {}};
    std::size_t bytes = 0;
    const auto flush = [&] {
        if (batch.records.empty()) return;
        s.json.push_back(sync::encode_push_batch(batch));
        s.bodies.push_back(sync::gzip_compress(s.json.back()));
        batch.records.clear();
        bytes = 0;
    };
    for (const auto& item : items) {
        sync::PushRecord r{.uuid = item.uuid, .kind = item.kind, .schema = item.schema, .created_at = item.created_at,
                           .device_id = s.id, .payload_json = item.payload, .signature = {}, .sealed = {}};
        app::protect_record(r, s.keys);
        const std::size_t size = r.payload_json.size() + r.sealed.value_or("").size() + 300;
        if (batch.records.size() == 500 || bytes + size > 1024 * 1024) flush();
        bytes += size;
        batch.records.push_back(std::move(r));
        ++s.records;
    }
    flush();
    return s;
}

struct Outcome {
    double seconds = 0;
    std::size_t stored = 0;
    double receivers_cpu = 0;
    double database_cpu = 0;
    double senders_cpu = 0;
};

Outcome run(const std::string& label, const std::string& location, int receivers, std::vector<Sender>& senders,
            const fs::path& dir, const fs::path& key_file, pid_t postmaster) {
    {
        // Enrol every sender with this database, each under its own key (the records were signed
        // with it before the run).
        auto storage = sync::server::open_storage(location);
        (void)sync::server::load_sealing_key(*storage, {.key_file = key_file, .credentials_dir = {}});
        for (auto& s : senders) {
            const std::string token = storage->issue_enrolment_token(
                {.device_id = s.id, .venue_id = kVenue, .role = sync::DeviceRole::Tablet, .valid_for = std::chrono::hours{1}});
            const auto answer = storage->enrol({.token = token, .public_key = sync::encode_base64(s.keys.signing_public.data(), 32)});
            if (!answer.answer) throw std::runtime_error("enrolment failed");
            std::ofstream(dir / (label + "-" + s.id + ".token")) << answer.answer->device_token;
        }
    }
    std::vector<std::unique_ptr<testing::ServerProcess>> servers;
    for (int i = 0; i < receivers; ++i) {
        servers.push_back(std::make_unique<testing::ServerProcess>(
            dir, testing::ServerProcessOptions{.db_argument = location, .request_timeout_seconds = 60,
                                               .max_connections_per_address = 256, .extra_arguments = {},
                                               .name = label + "-" + std::to_string(i), .certs = dir / "certs",
                                               .sealing_key = key_file, .environment = {}}));
    }
    double receivers_before = 0;
    for (const auto& s : servers) receivers_before += cpu_of(s->pid());
    const double database_before = postmaster > 0 ? postgres_cpu(postmaster) : 0;
    const double own_before = own_cpu();

    std::atomic<std::size_t> stored{0};
    std::atomic<bool> failed{false};
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < senders.size(); ++i) {
        threads.emplace_back([&, i] {
            const auto& s = senders[i];
            std::ifstream in(dir / (label + "-" + s.id + ".token"));
            std::string token;
            std::getline(in, token);
            sync::HttpsTransport transport({.server_url = servers[i % servers.size()]->url(),
                                            .ca_file = (dir / "certs" / "ca.crt").string(), .pinned_public_key = {},
                                            .client_certificate = {}, .client_key = {}, .proxy = {}},
                                           {}, token);
            for (const auto& body : s.bodies) {
                const auto answer = transport.post_gzipped_json("/api/v1/records", body);
                if (answer.status != 200) {
                    if (!failed.exchange(true)) std::cerr << "receivers_bench: a push was answered " << answer.status << '\n';
                    return;
                }
                const auto doc = nlohmann::json::parse(answer.body);
                for (const auto& r : doc.at("results")) {
                    if (r["status"] == "stored") {
                        ++stored;
                    } else if (!failed.exchange(true)) {
                        std::cerr << "receivers_bench: a record was answered " << r.dump() << '\n';
                    }
                }
            }
        });
    }
    for (auto& t : threads) t.join();
    Outcome out;
    out.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (const auto& s : servers) out.receivers_cpu += cpu_of(s->pid());
    out.receivers_cpu -= receivers_before;
    out.database_cpu = postmaster > 0 ? postgres_cpu(postmaster) - database_before : 0;
    out.senders_cpu = own_cpu() - own_before;
    out.stored = stored;
    if (failed) throw std::runtime_error(label + ": a push was not stored whole");
    return out;
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// CPU seconds of this thread: the CPU-bound steps are timed by what they cost, not by how long
// a busy machine kept them waiting for a core.
double thread_cpu() {
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// A receiver's work on the same batches, step by step in this process on one core, without
// TLS and HTTP: decoding, checking signatures and opening sealed payloads, then storing on
// SQLite and on PostgreSQL (a fresh database each).
void piece_by_piece(const std::vector<Sender>& senders, const std::string& sqlite_file, const std::string& pg_url,
                    const fs::path& key_file, std::size_t total) {
    double cpu = thread_cpu();
    std::vector<std::pair<std::size_t, sync::ReceivedBatch>> decoded;  // sender, batch
    for (std::size_t i = 0; i < senders.size(); ++i) {
        for (const auto& body : senders[i].json) decoded.emplace_back(i, sync::decode_push_batch(body));
    }
    const double decode_s = thread_cpu() - cpu;
    const auto keys = sync::server::read_sealing_key(key_file, true);
    std::vector<sync::server::DeviceIdentity> identities(senders.size());
    for (std::size_t i = 0; i < senders.size(); ++i) {
        identities[i].device_id = senders[i].id;
        identities[i].public_key =
            std::vector<std::uint8_t>(senders[i].keys.signing_public.begin(), senders[i].keys.signing_public.end());
    }
    cpu = thread_cpu();
    std::vector<std::pair<std::size_t, sync::server::PreparedBatch>> prepared;
    for (auto& [i, batch] : decoded) prepared.emplace_back(i, sync::server::prepare_batch(std::move(batch), identities[i], keys));
    const double prepare_s = thread_cpu() - cpu;
    std::cout << "a receiver's work piece by piece, in one thread (" << total << " records; CPU time, and for storing the time "
                 "until committed):\n"
              << "  decode JSON, check schemas      " << decode_s << " s  (" << static_cast<long>(decode_s / static_cast<double>(total) * 1e6)
              << " us a record)\n"
              << "  verify signatures, open sealed  " << prepare_s << " s  (" << static_cast<long>(prepare_s / static_cast<double>(total) * 1e6)
              << " us a record)\n";
    for (const auto& [label, location] : {std::pair<std::string, std::string>{"SQLite", sqlite_file}, {"PostgreSQL", pg_url}}) {
        auto storage = sync::server::open_storage(location);
        (void)sync::server::load_sealing_key(*storage, {.key_file = key_file, .credentials_dir = {}});
        std::vector<sync::server::DeviceIdentity> enrolled(senders.size());
        for (std::size_t i = 0; i < senders.size(); ++i) {
            const std::string token = storage->issue_enrolment_token(
                {.device_id = senders[i].id, .venue_id = kVenue, .role = sync::DeviceRole::Tablet, .valid_for = std::chrono::hours{1}});
            const auto answer = storage->enrol({.token = token, .public_key = sync::encode_base64(senders[i].keys.signing_public.data(), 32)});
            enrolled[i] = *storage->authenticate(answer.answer->device_token);
        }
        const auto start = Clock::now();
        std::size_t stored = 0;
        for (const auto& [i, batch] : prepared) {
            for (const auto& result : storage->store_prepared(batch, enrolled[i])) stored += result.status == sync::RecordStatus::Stored ? 1 : 0;
        }
        const double store_s = seconds_since(start);
        if (stored != total) throw std::runtime_error("piece by piece: " + label + " stored " + std::to_string(stored));
        std::cout << "  store, " << label << (label == "SQLite" ? "              " : "          ") << store_s << " s  ("
                  << static_cast<long>(store_s / static_cast<double>(total) * 1e6) << " us a record, "
                  << prepared.size() << " batches, one transaction each)\n";
    }
}

}  // namespace

int main(int argc, char** argv) {
    const int per_sender = argc > 1 ? std::atoi(argv[1]) : 1500;
    const int sender_count = argc > 2 ? std::atoi(argv[2]) : 8;
    try {
        testing::TempDir dir;
        testing::PgCluster cluster({.durable = true, .max_connections = 100});
        pid_t postmaster = 0;
        {
            std::ifstream pid_file(cluster.data_dir() / "postmaster.pid");
            pid_file >> postmaster;
        }
        const fs::path key_file = dir / "sealing.key";
        const auto server_key = sync::server::generate_sealing_key_pair();
        std::ofstream(key_file) << sync::encode_base64(server_key.secret_key.data(), 32) << '\n';
        fs::permissions(key_file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);

        std::vector<Sender> senders;
        std::size_t total = 0;
        std::size_t gzip_bytes = 0;
        for (int i = 0; i < sender_count; ++i) {
            senders.push_back(make_sender(dir.path(), i, per_sender, server_key));
            total += senders.back().records;
            for (const auto& b : senders.back().bodies) gzip_bytes += b.size();
        }
        std::string load_average;
        std::ifstream("/proc/loadavg") >> load_average;
        std::cout << "load: " << sender_count << " enrolled devices, " << total << " records (" << gzip_bytes / 1024
                  << " KiB gzip), signed and sealed, one request in flight per device; " << std::thread::hardware_concurrency()
                  << " cores, load average " << load_average << " when the run began\n";
        struct Config {
            std::string label;
            std::string location;
            int receivers;
        };
        const std::vector<Config> configs{
            {"sqlite-1", (dir / "receiver.db").string(), 1},
            {"postgresql-1", cluster.create_database("bench_1"), 1},
            {"postgresql-2", cluster.create_database("bench_2"), 2},
            {"postgresql-4", cluster.create_database("bench_4"), 4},
        };
        piece_by_piece(senders, (dir / "pieces.db").string(), cluster.create_database("bench_pieces"), key_file, total);
        for (const auto& c : configs) {
            const bool on_pg = c.label.rfind("postgresql", 0) == 0;
            const Outcome o = run(c.label, c.location, c.receivers, senders, dir.path(), key_file, on_pg ? postmaster : 0);
            if (o.stored != total) throw std::runtime_error(c.label + ": stored " + std::to_string(o.stored) + " of " +
                                                            std::to_string(total));
            std::cout << c.label << ": " << o.stored << " records in " << o.seconds << " s = "
                      << static_cast<long>(static_cast<double>(o.stored) / o.seconds) << " records/s; cpu receivers "
                      << o.receivers_cpu << " s, database " << o.database_cpu << " s, senders " << o.senders_cpu
                      << " s; per record " << static_cast<long>(o.receivers_cpu / static_cast<double>(o.stored) * 1e6)
                      << " us receiver, " << static_cast<long>(o.database_cpu / static_cast<double>(o.stored) * 1e6)
                      << " us database\n";
        }
    } catch (const std::exception& error) {
        std::cerr << "receivers_bench: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
