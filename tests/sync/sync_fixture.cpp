#include "tests/sync/sync_fixture.hpp"

#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

#include "kiosk/app/sync_settings.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/protocol/outbox_payload.hpp"
#include "sync/protocol/record_payload.hpp"
#include "sync/protocol/transition_payload.hpp"

namespace kiosk::testing {
namespace fs = std::filesystem;

std::string sample_payload(const std::string& kind, int n, const std::string& text) {
    const core::Timestamp at = kDemoNow;
    if (kind == "feedback") {
        core::Feedback f;
        f.session_id = n;
        f.child_face = 4;
        f.adult_face = 5;
        f.comment = text;
        f.at = at;
        return sync::encode_feedback(f);
    }
    if (kind == "check_in") {
        core::CheckIn c;
        c.session_id = n;
        c.adult_id = 1;
        c.at = at;
        c.agreement_confirmed = true;
        c.agreement_version = 1;
        return sync::encode_check_in(c);
    }
    if (kind == "alert") {
        core::Alert a;
        a.session_id = n;
        a.raised_at = at;
        a.detail = text;
        return sync::encode_alert(a);
    }
    if (kind == "concern") {
        core::Concern c;
        c.session_id = n;
        c.raised_by = 1;
        c.raised_at = at;
        c.text = text;
        return sync::encode_concern(c);
    }
    if (kind == "observation_record") {
        core::ObservationRecord r;
        r.id = n;
        r.session_id = n;
        r.author_id = 1;
        r.created_at = at;
        r.sections.emplace_back(core::RecordSection{}, text);
        r.timeline.push_back(core::TimelineEntry{.id = 0, .at = at, .chip = "arrived", .text = {}});
        return sync::encode_observation_record(r);
    }
    if (kind == "record_addendum" || kind == "addendum") {
        core::Addendum a;
        a.id = n;
        a.author_id = 1;
        a.at = at;
        a.text = text;
        return sync::encode_addendum(n, a);
    }
    if (kind == "record_review") return sync::encode_review(n, core::RecordReview{.reviewed_by = 2, .reviewed_at = at});
    if (kind == "comfort_call") {
        core::ComfortCall call;
        call.placement_id = n;
        call.plan.platform = "phone";
        call.plan.child_wants_to_say = text;
        call.held_at = at;
        return sync::encode_comfort_call(call, 10);
    }
    if (kind == "icebreaker") {
        core::Icebreaker meeting;
        meeting.placement_id = n;
        meeting.held_at = at;
        meeting.routines = text;
        return sync::encode_icebreaker(meeting, 10);
    }
    if (kind == "missed_session_notice") {
        // As the coordinator's attendance service writes it (no "schema" field).
        return nlohmann::json{{"session_id", n},          {"child_id", 10},
                              {"session_starts_at", core::to_iso8601(at)},
                              {"kind", "family_no_show"}, {"who", text},
                              {"reason", "unwell"},       {"recorded_at", core::to_iso8601(at)},
                              {"send_after", core::to_iso8601(at)}}
            .dump();
    }
    return nlohmann::json{{"schema", 1}, {"n", n}, {"text", text}}.dump();
}

SyncFixture::SyncFixture(ServerCertificate which, bool tls_1_1_only) {
    make_demo_certificates(certs());
    fs::create_directories(device.dir / "server");
    server_store = std::make_unique<sync::server::ServerStore>(device.dir / "server/server.db");
    server = std::make_unique<sync::server::SyncServer>(
        sync::server::ServerOptions{.certificate = certs() / which.certificate,
                                    .private_key = certs() / which.key,
                                    .tls_1_1_only = tls_1_1_only},
        *server_store);
    port = server->bind("127.0.0.1", 0);
    server->start();

    const fs::path token_file = device.dir / "keys/sync.token";
    {
        std::ofstream out(token_file);
        out << server_store->add_device("lobby-1", kVenue, sync::DeviceRole::Coordinator) << '\n';
    }
    fs::permissions(token_file, fs::perms::owner_read | fs::perms::owner_write);
    config = app::demo_config(device.dir.path());
    config.database_file = device.database_file;
    config.key_file = device.key_file;
    config.server_url = "https://127.0.0.1:" + std::to_string(port);
    config.device_id = "lobby-1";
    config.token_file = token_file;
    config.ca_file = certs() / "ca.crt";
}

SyncFixture::~SyncFixture() { server->stop(); }

std::vector<std::string> SyncFixture::enqueue(int n, const std::string& kind, std::size_t bytes, bool fast_lane) {
    std::vector<std::string> uuids;
    store::WriteTransaction tx(device.db, "staff:1", clock.now());
    for (int i = 0; i < n; ++i) {
        uuids.push_back(tx.enqueue(store::OutboxMessage{.kind = kind, .entity_id = i,
                                                        .payload = sample_payload(kind, i, std::string(bytes, 'x')),
                                                        .fast_lane = fast_lane}));
    }
    tx.audit("test.enqueued", kind, 0);
    tx.commit();
    return uuids;
}

app::SyncTuning SyncFixture::quick_tuning() {
    app::SyncTuning t;
    t.timeouts.connect = std::chrono::milliseconds{2000};
    t.timeouts.low_speed_bytes = 100;
    t.timeouts.low_speed_time = std::chrono::seconds{1};
    t.timeouts.total = std::chrono::seconds{20};
    t.backoff.base = std::chrono::milliseconds{20};
    t.backoff.cap = std::chrono::milliseconds{100};
    t.backoff.max_attempts = 4;
    t.backoff.max_retry_after = std::chrono::milliseconds{5000};
    return t;
}

app::SyncSummary SyncFixture::sync(app::SyncOptions options, app::SyncTuning tuning) {
    app::SyncProgressBoard board;
    return app::sync_once(config, clock, board, options, nullptr, tuning);
}

store::OutboxCounts SyncFixture::outbox_counts() { return store::OutboxRepository(device.db).counts(); }

std::int64_t SyncFixture::server_total() {
    std::int64_t total = 0;
    for (const auto& [kind, n] : server_store->count_by_kind()) total += n;
    return total;
}

std::string SyncFixture::pin(const std::string& file) const {
    return read_file_bytes(certs() / file).substr(0, read_file_bytes(certs() / file).find('\n'));
}

sync::server::DeviceIdentity SyncFixture::identity(const std::string& token) const {
    const auto found = server_store->authenticate(token);
    if (!found) throw std::runtime_error("the server does not know this token");
    return *found;
}

sync::server::DeviceIdentity SyncFixture::device_identity() const {
    return identity(app::load_sync_settings(config).token);
}

fs::path SyncFixture::write_config_file() const {
    const fs::path file = device.dir / "kiosk.toml";
    std::ofstream out(file);
    out << "[storage]\ndatabase = \"" << config.database_file.string() << "\"\nkey_file = \""
        << config.key_file.string() << "\"\n[server]\nurl = \"" << config.server_url << "\"\ndevice_id = \""
        << config.device_id << "\"\ntoken_file = \"" << config.token_file.string() << "\"\nca_file = \""
        << config.ca_file.string() << "\"\n";
    return file;
}

}  // namespace kiosk::testing
