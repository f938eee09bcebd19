#include "tests/venue/venue_device.hpp"

#include <algorithm>
#include <thread>

#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/sync/sync_once.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/venue_repository.hpp"

namespace kiosk::testing {
using namespace std::chrono_literals;

namespace {

app::SyncTuning venue_tuning() {
    app::SyncTuning t;
    t.timeouts.connect = 5000ms;
    // A held pull is silent for up to 25 s.
    t.timeouts.low_speed_bytes = 1;
    t.timeouts.low_speed_time = 60s;
    t.timeouts.total = 120s;
    t.backoff.base = 50ms;
    t.backoff.cap = 500ms;
    t.backoff.max_attempts = 3;
    t.backoff.max_retry_after = 5000ms;
    return t;
}

}  // namespace

VenueDevice::VenueDevice(const VenueServers& servers, std::string device_id, const std::string& role,
                         std::string face_name, VenueClock& clock)
    : id(std::move(device_id)), face(std::move(face_name)), clock_(clock) {
    config = app::demo_config(store.dir.path());
    config.database_file = store.database_file;
    config.key_file = store.key_file;
    config.face = face;
    config.time_zone = "Europe/London";
    // Enrolled with the hub like any device: a one-time token, its own signing key.
    app::enrol_device(config, {.server_url = servers.hub->url(), .token = servers.hub->issue_token(id, 1, role),
                               .pin_sha256 = {}, .ca_file = servers.ca_file()});
    draw = [this] {
        if (app_) app_->draw_frame();
    };
}

VenueDevice::~VenueDevice() { stop_worker(); }

void VenueDevice::start() {
    // The first sync fills the empty device from its hub; the hub may still be pulling the
    // venue from the upstream, so try until the venue is here.
    const auto deadline = std::chrono::steady_clock::now() + 120s;
    for (;;) {
        app::SyncProgressBoard board;
        const app::SyncSummary summary = app::sync_once(config, clock_, board, {}, nullptr, venue_tuning());
        if (!store::VenueRepository{store.db}.venues().empty()) break;
        if (std::chrono::steady_clock::now() > deadline) {
            throw std::runtime_error(id + " never received its venue (last sync: " +
                                     (summary.problem.empty() ? app::summary_line(summary) : summary.problem) + ")");
        }
        std::this_thread::sleep_for(200ms);
    }
    const app::VenueInfo venue = app::load_venue_info(store.db, config);
    composed_ = std::make_unique<app::ComposedApp>(
        h.ui(), app::AppSetup{store.db, clock_, venue, app::parse_face(face).value_or(app::Face::Family)});
    app_ = &composed_->app();
    // In the window's order: the app, then the sync, which gives the face the hub's sign-in count.
    start_worker();
}

void VenueDevice::start_worker() {
    if (sync_) return;
    app::SyncWorkerOptions options;
    options.tuning = venue_tuning();
    options.retry_longest = 2000ms;
    sync_ = std::make_unique<app::DeviceSync>(config, clock_, store.db, options);
    sync_->attach(*app_);
}

void VenueDevice::stop_worker() {
    if (!sync_) return;
    if (app_) {
        app_->set_sync_worker(nullptr);
        app_->set_sign_in_relay(nullptr);
    }
    sync_.reset();
}

bool VenueDevice::until(const std::function<bool()>& done, std::chrono::seconds deadline) {
    const auto until = std::chrono::steady_clock::now() + deadline;
    while (std::chrono::steady_clock::now() < until) {
        h.frame(draw);
        if (done()) return true;
        std::this_thread::sleep_for(50ms);
    }
    h.frame(draw);
    return done();
}

std::string VenueDevice::text() {
    std::string words = h.screen_text(draw);
    std::replace(words.begin(), words.end(), '\n', ' ');
    return words;
}

bool VenueDevice::shows(const std::string& words, std::chrono::seconds deadline) {
    return until([&] { return text().find(words) != std::string::npos; }, deadline);
}

void VenueDevice::type_code(std::string_view code) {
    for (const char c : code) tap(std::string(1, c));
}

void VenueDevice::sign() {
    const float w = static_cast<float>(ImGui::GetIO().DisplaySize.x);
    const float y = static_cast<float>(ImGui::GetIO().DisplaySize.y) * 0.6F;
    h.drag({w * 0.15F, y}, {w * 0.3F, y - 40.0F}, 4, draw);
    h.drag({w * 0.3F, y - 40.0F}, {w * 0.6F, y + 30.0F}, 6, draw);
}

void VenueDevice::sign_in(const std::string& name, const std::string& pin) {
    // A face that locked itself keeps the last person and asks only for the PIN.
    h.frame(draw);
    if (!h.has_item(name) && h.has_item("Not you? Choose your name")) {
        tap("Not you? Choose your name");
        h.frame(draw);
    }
    if (h.has_item(name)) tap(name);
    for (const char digit : pin) tap(std::string(1, digit));
    tap("Sign in");
}

std::int64_t VenueDevice::scalar(const std::string& sql) {
    auto q = store.db.cached(sql);
    return q.step() ? q.int64(0) : 0;
}

core::Id VenueDevice::staff_id(const std::string& name) {
    for (const auto& member : store::StaffRepository(store.db).all()) {
        if (member.display_name == name) return member.id;
    }
    return 0;
}

}  // namespace kiosk::testing
