#pragma once
// A device database and a real reference server on 127.0.0.1 over real TLS, with certificates
// made by scripts/make-demo-certs for this test alone. The server's records are in SQLite, or
// with KIOSK_TEST_STORAGE=postgresql in a database of the run's PostgreSQL cluster
// (tests/support/test_storage.hpp).
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/sync_once.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "sync/server/receiver_storage.hpp"
#include "sync/server/sync_server.hpp"
#include "tests/support/demo_certificates.hpp"
#include "tests/support/test_store.hpp"

namespace kiosk::testing {


// A payload of `kind` as the device's own encoder writes it (so it passes the server's schema
// check), numbered `n`, with `text` in its free-text field where it has one. Kinds the server
// does not know get {"schema":1,"text":...}.
std::string sample_payload(const std::string& kind, int n, const std::string& text);

struct ServerCertificate {
    std::string certificate = "server.crt";
    std::string key = "server.key";
};

class SyncFixture {
public:
    explicit SyncFixture(ServerCertificate which = {}, bool tls_1_1_only = false);
    ~SyncFixture();

    // The venue the fixture's feed and devices belong to.
    static constexpr std::int64_t kVenue = 1;

    // Queues `n` records of `kind` in the device's outbox, each payload about `bytes` long.
    std::vector<std::string> enqueue(int n, const std::string& kind = "feedback", std::size_t bytes = 200,
                                     bool fast_lane = false);
    // Runs one sync with short timeouts and quick retries.
    app::SyncSummary sync(app::SyncOptions options = {}, app::SyncTuning tuning = quick_tuning());
    static app::SyncTuning quick_tuning();

    store::OutboxCounts outbox_counts();
    std::int64_t server_total();
    std::filesystem::path certs() const { return device.dir / "certs"; }
    std::string pin(const std::string& file) const;
    // Who the server takes a token for (the fixture's own device: `lobby-1`, a coordinator).
    sync::server::DeviceIdentity identity(const std::string& token) const;
    sync::server::DeviceIdentity device_identity() const;
    // Writes the device's configuration as a TOML file (for the crash child).
    std::filesystem::path write_config_file() const;

    TestStore device;
    std::unique_ptr<sync::server::ReceiverStorage> server_store;
    // The key devices seal to (made in the server's folder on first start, as serve makes it).
    sync::server::SealingKeyPair sealing_keys;
    std::unique_ptr<sync::server::SyncServer> server;
    int port = 0;
    app::Config config;
    core::FixedClock clock{kDemoNow};
};

}  // namespace kiosk::testing
