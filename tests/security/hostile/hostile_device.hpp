#pragma once
// A real device (its own encrypted database and configuration) syncing with the server
// process through the kiosk's own sync code, for the hostile suite.
#include <fstream>
#include <string>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/sync/sync_once.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/security/hostile/server_process.hpp"
#include "tests/support/test_store.hpp"
#include "tests/sync/sync_fixture.hpp"

namespace kiosk::testing {

struct HostileDevice {
    // A device added with add-device (no keys: its records go unsigned).
    HostileDevice(const ServerProcess& server, const std::string& device_id, const std::string& token) {
        config = base(server);
        config.device_id = device_id;
        config.token_file = store.dir / "keys/sync.token";
        std::ofstream(config.token_file) << token << '\n';
        std::filesystem::permissions(config.token_file, std::filesystem::perms::owner_read |
                                                            std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace);
    }
    // A device enrolled with a one-time token: signs, and seals what must be sealed.
    HostileDevice(const ServerProcess& server, const std::string& enrolment_token) {
        config = base(server);
        app::enrol_device(config, {.server_url = server.url(), .token = enrolment_token, .pin_sha256 = {},
                                   .ca_file = server.ca_file().string()});
    }

    app::Config base(const ServerProcess& server) const {
        app::Config c = app::demo_config(store.dir.path());
        c.database_file = store.database_file;
        c.key_file = store.key_file;
        c.server_url = server.url();
        c.ca_file = server.ca_file();
        return c;
    }

    std::vector<std::string> queue(int n, const std::string& kind, const std::string& text = "x") {
        std::vector<std::string> uuids;
        store::WriteTransaction tx(store.db, "staff:1", clock.now());
        for (int i = 0; i < n; ++i) {
            uuids.push_back(tx.enqueue(store::OutboxMessage{.kind = kind, .entity_id = i,
                                                            .payload = sample_payload(kind, i, text),
                                                            .fast_lane = false}));
        }
        tx.audit("test.enqueued", kind, 0);
        tx.commit();
        return uuids;
    }

    app::SyncSummary sync() {
        app::SyncProgressBoard board;
        return app::sync_once(config, clock, board, {}, nullptr, SyncFixture::quick_tuning());
    }

    TestStore store;
    core::FixedClock clock{kDemoNow};
    app::Config config;
};

}  // namespace kiosk::testing
