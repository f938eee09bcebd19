// The venue at work on loopback (issue #13, item 3). A venue hub - the shipped contact-sync-server
// in its hub role, a process of its own - and the devices of a venue, each its own encrypted
// database enrolled with the hub (so it signs and seals), each with the continuous sync worker the
// window runs (app::DeviceSync): the lobby, the tablet, the coordinator's PC, and for comparison a
// second tablet that polls every 5 s instead of waiting on the hub's feed. The day: the demo
// venue's families (as the hub imports them) check in at the lobby through the lobby's own service,
// one adult at a time, a pause apart; for each, the time until the tablet's board - rebuilt from
// the tablet's database when its worker says a page arrived, as the window redraws - shows it.
// Then the venue idles and each process's CPU and memory are read from /proc.
//   venue_bench [FAMILIES] [IDLE_SECONDS] [PAUSE_MS]
// Targets (docs/PERFORMANCE.md): a check-in on the tablet's board within 1 s at p95; an idle venue
// under 1 % of a core per device. Not a timed test: it prints what it measured.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>
#include <tuple>

#include "kiosk/app/family/check_in_service.hpp"
#include "kiosk/app/demo/demo_feed.hpp"
#include "kiosk/app/shell/device_sync.hpp"
#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/family/signature_json.hpp"
#include "kiosk/app/staff/today_board.hpp"
#include "kiosk/app/sync/sync_once.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "tests/security/hostile/server_process.hpp"

namespace {
namespace fs = std::filesystem;
using namespace kiosk;
using namespace std::chrono_literals;
using Steady = std::chrono::steady_clock;

constexpr int kVenue = 1;

// user + system CPU of a process (or, with a task id, of one thread), in seconds.
double cpu_seconds(const std::string& stat_file) {
    std::ifstream in(stat_file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::istringstream fields(text.substr(text.rfind(')') + 2));
    std::string field;
    long long utime = 0;
    long long stime = 0;
    for (int i = 3; fields >> field; ++i) {
        if (i == 14) utime = std::stoll(field);
        if (i == 15) {
            stime = std::stoll(field);
            break;
        }
    }
    return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

// VmRSS or VmHWM of a process, in MiB.
double memory_mib(const std::string& status_file, const std::string& key) {
    std::ifstream in(status_file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(key + ":", 0) == 0) return std::stod(line.substr(key.size() + 1)) / 1024.0;
    }
    return 0;
}

double percentile(std::vector<double> samples, double q) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    return samples[static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1))];
}

// One device: its folder, configuration, database (the window's connection) and sync.
struct Device {
    Device(const fs::path& folder, const std::string& id, const std::string& role, const std::string& face,
           const testing::ServerProcess& hub, const core::Clock& clock)
        : config(app::demo_config(folder)) {
        config.face = face;
        db = std::make_unique<store::Database>(store::Database::open(
            {.database_file = config.database_file, .key_file = config.key_file, .create_if_missing = true,
             .now = clock.now(), .migrate = true}));
        app::enrol_device(config, {.server_url = hub.url(), .token = hub.issue_token(id, kVenue, role),
                                   .pin_sha256 = {}, .ca_file = hub.ca_file().string()});
        // The first sync fills the empty device from its hub.
        app::SyncProgressBoard board;
        const auto filled = app::sync_once(config, clock, board);
        if (!filled.problem.empty() || store::VenueRepository(*db).venues().empty()) {
            throw std::runtime_error(id + " did not fill from the hub: " + filled.problem);
        }
    }
    void start(const core::Clock& clock, app::SyncWorkerOptions options) {
        sync = std::make_unique<app::DeviceSync>(config, clock, *db, std::move(options));
    }

    app::Config config;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<app::DeviceSync> sync;
};

// Pages applied by a tablet's worker, for the main thread to wait on (the window's empty event).
struct Wakeups {
    std::mutex mutex;
    std::condition_variable changed;
    std::uint64_t pages = 0;
    std::function<void()> callback() {
        return [this] {
            {
                const std::lock_guard lock(mutex);
                ++pages;
            }
            changed.notify_all();
        };
    }
};

// Whether the tablet's board shows this check-in: its row is there and the visit is past booked.
bool on_board(store::Database& tablet, const std::string& check_in_uuid, const std::string& session_uuid,
              core::Timestamp now) {
    store::UuidIndex ids(tablet);
    if (!ids.id_of(store::Table::CheckIns, check_in_uuid)) return false;
    const auto session = ids.id_of(store::Table::Sessions, session_uuid);
    if (!session) return false;
    for (const auto& row : app::build_today_board(tablet, now).sessions) {
        if (row.session_id == *session) return row.stage != app::BoardStage::Booked;
    }
    return false;
}

// The polling tablet is watched from its own worker thread (each page it applies), so the day need
// not wait 5 s a check-in for it: each check-in's time is taken when a page first shows it.
struct Watch {
    std::mutex mutex;
    std::vector<std::tuple<std::string, std::string, Steady::time_point>> pending;  // check-in, session, since
    std::vector<double> seconds;
    std::condition_variable done;

    // `view`: a connection of the caller's own to the polling tablet's database, for a page that
    // came between the check-in's commit and this call.
    void expect(std::string check_in, std::string session, Steady::time_point since, store::Database& view,
                const core::Clock& clock) {
        const std::lock_guard lock(mutex);
        if (on_board(view, check_in, session, clock.now())) {
            seconds.push_back(std::chrono::duration<double>(Steady::now() - since).count());
            return;
        }
        pending.emplace_back(std::move(check_in), std::move(session), since);
    }
    // On the polling tablet's worker thread, after a page: only that thread reads `db` meanwhile.
    void page_applied(store::Database& db, const core::Clock& clock) {
        const std::lock_guard lock(mutex);
        const auto now = Steady::now();
        std::erase_if(pending, [&](const auto& p) {
            if (!on_board(db, std::get<0>(p), std::get<1>(p), clock.now())) return false;
            seconds.push_back(std::chrono::duration<double>(now - std::get<2>(p)).count());
            return true;
        });
        if (pending.empty()) done.notify_all();
    }
    bool wait_for_all(std::chrono::seconds deadline) {
        std::unique_lock lock(mutex);
        return done.wait_for(lock, deadline, [&] { return pending.empty(); });
    }
};

// Waits (on the tablet's wake-ups, never spinning) until the check-in shows; seconds it took.
double time_until_shown(Device& tablet, Wakeups& wakeups, const std::string& check_in, const std::string& session,
                        const core::Clock& clock, Steady::time_point since) {
    std::unique_lock lock(wakeups.mutex);
    const auto deadline = since + 60s;
    for (;;) {
        const std::uint64_t seen = wakeups.pages;
        lock.unlock();
        const bool shown = on_board(*tablet.db, check_in, session, clock.now());  // the window's connection
        lock.lock();
        if (shown) return std::chrono::duration<double>(Steady::now() - since).count();
        if (!wakeups.changed.wait_until(lock, deadline, [&] { return wakeups.pages != seen; })) return -1;
    }
}

std::string realistic_signature(std::mt19937& random) {
    core::Signature signature;
    std::uniform_real_distribution<float> at(0.05F, 0.95F);
    for (int stroke = 0; stroke < 3; ++stroke) {
        core::SignatureStroke s;
        for (int point = 0; point < 30; ++point) s.push_back({at(random), at(random)});
        signature.strokes.push_back(std::move(s));
    }
    return app::encode_signature(signature);
}

}  // namespace

int main(int argc, char** argv) {
    const int families = argc > 1 ? std::max(1, std::atoi(argv[1])) : 15;
    const int idle_seconds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 30;
    const auto pause = std::chrono::milliseconds{argc > 3 ? std::max(0, std::atoi(argv[3])) : 500};
    char pattern[] = "/tmp/venue-bench-XXXXXX";
    if (::mkdtemp(pattern) == nullptr) return 1;
    const fs::path dir = pattern;
    try {
        const app::SystemClock clock;  // the hub counts on the real clock: every device does too
        testing::ServerProcess hub(dir, {.db_argument = {}, .request_timeout_seconds = 10,
                                         .max_connections_per_address = 32,
                                         .extra_arguments = {"--role", "hub", "--venue", std::to_string(kVenue)},
                                         .name = "hub", .certs = {}, .sealing_key = {}, .environment = {}});
        app::DemoSeedOptions seed;
        seed.families = families;
        seed.days = 0;
        seed.today = clock.now();
        const app::DemoFeed feed = app::make_demo_feed(seed, kVenue);
        std::ofstream(dir / "feed.json") << feed.json;
        if (hub.run({"import", "--db", "{db}", (dir / "feed.json").string()}) != 0) throw std::runtime_error("import failed");

        Device lobby(dir / "lobby", "lobby-1", "lobby", "family", hub, clock);
        Device tablet(dir / "tablet", "tablet-1", "tablet", "staff", hub, clock);
        Device pc(dir / "pc", "pc-1", "coordinator", "coordinator", hub, clock);
        Device polling(dir / "polling", "tablet-2", "tablet", "staff", hub, clock);
        Wakeups waiting;
        Watch polled;
        app::SyncWorkerOptions options;  // as the window runs it: wait on the feed up to 25 s
        options.on_applied = waiting.callback();
        tablet.start(clock, options);
        lobby.start(clock, {});
        pc.start(clock, {});
        app::SyncWorkerOptions every_5s;  // the alternative: ask the hub every 5 s, never wait there
        every_5s.long_poll = 0s;
        every_5s.poll_floor = 5s;
        every_5s.on_applied = [&polled, &polling, &clock] { polled.page_applied(*polling.db, clock); };
        polling.start(clock, every_5s);

        store::Database polling_view = store::Database::open(
            {.database_file = polling.config.database_file, .key_file = polling.config.key_file, .now = clock.now()});
        // The day: each adult of today's visits checks in at the lobby, a pause apart.
        app::FamilyServices services = app::make_family_services(*lobby.db, KIOSK_DEFAULT_ASSETS_DIR, "Europe/London");
        app::CheckInService check_ins(services);
        std::mt19937 random(20261123);
        std::vector<double> waited;
        std::vector<double> push_answered;
        store::Database lobby_view = store::Database::open(
            {.database_file = lobby.config.database_file, .key_file = lobby.config.key_file, .now = clock.now()});
        const double hub_busy_start = cpu_seconds("/proc/" + std::to_string(hub.pid()) + "/stat");
        const auto day_start = Steady::now();
        for (const auto& visit : feed.seeded.todays_visits) {
            const auto session = store::SessionRepository(*lobby.db).find_by_visit_code(visit.visit_code);
            if (!session) throw std::runtime_error("the lobby has no session " + visit.visit_code);
            const std::string session_uuid = store::UuidIndex(*lobby.db).uuid_of(store::Table::Sessions, session->id);
            for (const auto& adult : store::FamilyRepository(*lobby.db).adults_of(session->child_id)) {
                std::this_thread::sleep_for(pause);  // a lobby's check-ins come minutes apart
                const app::LobbyVisit loaded = check_ins.load_visit(*session, clock.now());
                if (std::none_of(loaded.version.attendees.begin(), loaded.version.attendees.end(),
                                 [&](const core::ApprovedAttendee& a) { return a.adult_id == adult.id; })) {
                    continue;  // not on the agreement: the lobby would not offer them
                }
                const auto started = Steady::now();
                check_ins.check_in(loaded, {adult.id}, realistic_signature(random), clock.now());
                std::string check_in;
                core::Id check_in_id = 0;
                {
                    auto q = lobby.db->cached("SELECT uuid, id FROM check_ins WHERE session_id = ? AND adult_id = ?");
                    q.bind_all(session->id, adult.id);
                    q.step();
                    check_in = q.text(0);
                    check_in_id = q.int64(1);
                }
                polled.expect(check_in, session_uuid, started, polling_view, clock);
                // Where the time goes, first part: until the hub has answered the lobby's push (its
                // outbox row marked sent), watched on a connection of its own every 2 ms.
                double pushed = -1;
                std::thread watch([&] {
                    while (Steady::now() - started < 60s) {
                        auto state = lobby_view.cached("SELECT state FROM outbox WHERE kind = 'check_in' AND entity_id = ?");
                        state.bind_all(check_in_id);
                        if (state.step() && state.text(0) == "sent") {
                            pushed = std::chrono::duration<double>(Steady::now() - started).count();
                            return;
                        }
                        std::this_thread::sleep_for(2ms);
                    }
                });
                waited.push_back(time_until_shown(tablet, waiting, check_in, session_uuid, clock, started));
                watch.join();
                push_answered.push_back(pushed);
            }
        }
        const double day_seconds = std::chrono::duration<double>(Steady::now() - day_start).count();
        const double hub_busy = cpu_seconds("/proc/" + std::to_string(hub.pid()) + "/stat") - hub_busy_start;
        const bool all_polled = polled.wait_for_all(60s);
        std::vector<double> polled_s;
        {
            const std::lock_guard lock(polled.mutex);
            polled_s = polled.seconds;
        }

        // Idle: nothing happens; the workers wait on the hub's feed (the poller asks every 5 s).
        std::this_thread::sleep_for(3s);
        const std::string hub_stat = "/proc/" + std::to_string(hub.pid()) + "/stat";
        const double hub_before = cpu_seconds(hub_stat);
        const double self_before = cpu_seconds("/proc/self/stat");
        std::this_thread::sleep_for(std::chrono::seconds{idle_seconds});
        const double hub_idle = (cpu_seconds(hub_stat) - hub_before) / idle_seconds * 100.0;
        const double devices_idle = (cpu_seconds("/proc/self/stat") - self_before) / idle_seconds * 100.0;

        const auto failed = std::count(waited.begin(), waited.end(), -1.0);
        std::cout << std::fixed << std::setprecision(0)
                  << "venue_bench: a hub (contact-sync-server --role hub, its own process) and 4 devices on 127.0.0.1, "
                  << families << " families, " << feed.seeded.todays_visits.size() << " visits today, "
                  << waited.size() << " check-ins " << pause.count() << " ms apart\n"
                  << "check-in at the lobby -> on the tablet's board (waiting on the feed): p50 "
                  << percentile(waited, 0.5) * 1000 << " ms, p95 " << percentile(waited, 0.95) * 1000 << " ms, max "
                  << percentile(waited, 1.0) * 1000 << " ms (target p95 under 1000 ms: "
                  << (failed == 0 && percentile(waited, 0.95) < 1.0 ? "met" : "NOT met") << ")\n"
                  << "  of which the lobby's push, until the hub answered it:   p50 "
                  << percentile(push_answered, 0.5) * 1000 << " ms, p95 " << percentile(push_answered, 0.95) * 1000
                  << " ms\n"
                  << "  ... a tablet asking every 5 s instead:                 p50 "
                  << percentile(polled_s, 0.5) * 1000 << " ms, p95 " << percentile(polled_s, 0.95) * 1000 << " ms\n"
                  << std::setprecision(2) << "hub CPU during the day: " << hub_busy << " s over " << day_seconds
                  << " s (" << (waited.empty() ? 0.0 : hub_busy / static_cast<double>(waited.size()) * 1000)
                  << " ms a check-in)\n"
                  << "idle " << idle_seconds << " s: hub " << hub_idle << " % of a core, RSS "
                  << memory_mib("/proc/" + std::to_string(hub.pid()) + "/status", "VmRSS") << " MiB (peak "
                  << memory_mib("/proc/" + std::to_string(hub.pid()) + "/status", "VmHWM") << " MiB)\n"
                  << "idle " << idle_seconds << " s: the 4 devices' sync (this process) " << devices_idle
                  << " % of a core, " << devices_idle / 4 << " % each (target under 1 %: "
                  << (devices_idle / 4 < 1.0 ? "met" : "NOT met") << "), RSS of the 4 together "
                  << memory_mib("/proc/self/status", "VmRSS") << " MiB\n";
        if (failed > 0) std::cout << failed << " check-ins never showed on the tablet within 60 s\n";
        if (!all_polled) std::cout << "some check-ins never showed on the polling tablet within 60 s\n";
        fs::remove_all(dir);
        return failed > 0 ? 1 : 0;
    } catch (const std::exception& error) {
        std::cerr << "venue_bench: " << error.what() << '\n';
        fs::remove_all(dir);
        return 1;
    }
}
