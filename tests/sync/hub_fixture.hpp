#pragma once
// A venue hub in this process (the real SyncServer with the real VenueHub, on 127.0.0.1 over
// real TLS, no upstream) and any number of devices, each with its own encrypted database and
// configuration, syncing through it with the kiosk's own sync code: the device side of issue #13.
// (tests/venue runs the hub and an upstream as real processes.)
#include <memory>
#include <string>
#include <vector>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/sync_once.hpp"
#include "kiosk/core/staff.hpp"
#include "sync/server/hub/hub_store.hpp"
#include "sync/server/hub/venue_hub.hpp"
#include "sync/server/hub/venue_merge.hpp"
#include "sync/server/sqlite_storage.hpp"
#include "sync/server/sync_server.hpp"
#include "tests/support/test_store.hpp"

namespace kiosk::testing {

struct HubDevice {
    std::string id;
    TestStore store;
    app::Config config;
    core::FixedClock clock{kDemoNow};
};

class HubFixture {
public:
    static constexpr std::int64_t kVenue = 1;
    HubFixture();
    ~HubFixture();

    // The hub goes away (its server stops; its database stays) and comes back on the same port.
    void stop_serving();
    void serve_again();

    // A device of the venue with its own database; role "lobby", "tablet" or "coordinator".
    HubDevice& device(const std::string& id, const std::string& role);
    // One sync of the device (push everything, then pull every page), with quick timeouts.
    app::SyncSummary sync(HubDevice& device, app::SyncOptions options = {});
    // The device's local id of the row with this UUID in `table`; 0 when it has none.
    static core::Id local_id(HubDevice& device, const std::string& table, const std::string& uuid);
    static std::int64_t count(HubDevice& device, const std::string& sql);
    // A member of staff added on the device (no PIN), as a coordinator's PC adds one; their id there.
    static core::Id add_staff(HubDevice& device, const std::string& name, core::Role role);

    TempDir dir;
    std::filesystem::path certs = dir / "certs";
    std::filesystem::path database = dir / "hub.db";
    std::unique_ptr<sync::server::SqliteStorage> store;  // a hub is SQLite, always
    sync::server::SealingKeyPair sealing_keys = sync::server::generate_sealing_key_pair();
    std::unique_ptr<sync::server::hub::HubStore> hub_store;
    sync::server::hub::VenueMerge rules;
    std::unique_ptr<sync::server::hub::VenueHub> hub;
    std::unique_ptr<sync::server::SyncServer> server;
    int port = 0;
    std::vector<std::unique_ptr<HubDevice>> devices;
};

}  // namespace kiosk::testing
