#include "tests/sync/sync_fixture.hpp"

#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

#include "kiosk/app/sync/sync_settings.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "sync/server/open_storage.hpp"
#include "sync/server/sealing_key.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "tests/support/test_storage.hpp"
#include "tests/sync/venue_samples.hpp"

namespace kiosk::testing {
namespace fs = std::filesystem;

std::string sample_payload(const std::string& kind, int n, const std::string& text) {
    // The device's own encoder (venue_entities), on a sample of the kind with its words replaced.
    for (const auto& entity : venue_samples()) {
        if (sync::kind_of(entity) != kind || kind == "receipt") continue;
        nlohmann::json doc = sync::to_json(entity);
        if (doc.contains("uuid")) doc["uuid"] = sample_uuid(100000 + n);
        for (const char* field : {"comment", "text", "detail", "child_wants_to_say", "routines", "who", "reason"}) {
            if (doc.contains(field)) doc[field] = text;
        }
        if (doc.contains("sections")) doc["sections"] = {{"interaction", text}};
        return doc.dump();
    }
    if (kind == "addendum") {
        // The name devices before issue #13 used, with its schema 1.
        return nlohmann::json{{"schema", 1}, {"record_id", n}, {"addendum_id", n}, {"author_id", 1},
                              {"at", core::to_iso8601(kDemoNow)}, {"text", text}}
            .dump();
    }
    return nlohmann::json{{"schema", 1}, {"n", n}, {"text", text}}.dump();
}

SyncFixture::SyncFixture(ServerCertificate which, bool tls_1_1_only) {
    make_demo_certificates(certs());
    fs::create_directories(device.dir / "server");
    server_store = sync::server::open_storage(new_test_database(device.dir / "server"), 4);
    sealing_keys = sync::server::load_sealing_key(*server_store, {.key_file = device.dir / "server/sealing.key",
                                                                  .credentials_dir = {}})
                       .keys;
    server = std::make_unique<sync::server::SyncServer>(
        sync::server::ServerOptions{.certificate = certs() / which.certificate,
                                    .private_key = certs() / which.key,
                                    .tls_1_1_only = tls_1_1_only},
        *server_store, sealing_keys);
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
