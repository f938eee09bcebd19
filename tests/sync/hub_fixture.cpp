#include "tests/sync/hub_fixture.hpp"

#include <fstream>

#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/sync/sync_fixture.hpp"

namespace kiosk::testing {
namespace fs = std::filesystem;

HubFixture::HubFixture() {
    make_demo_certificates(certs);
    store = std::make_unique<sync::server::SqliteStorage>(database);
    hub_store = std::make_unique<sync::server::hub::HubStore>(database);
    hub_store->set_venue(kVenue);
    hub = std::make_unique<sync::server::hub::VenueHub>(*hub_store, rules, std::nullopt,
                                                         sync::server::hub::UpstreamOptions{});
    server = std::make_unique<sync::server::SyncServer>(
        sync::server::ServerOptions{.certificate = certs / "server.crt", .private_key = certs / "server.key"}, *store,
        sealing_keys, hub.get());
    port = server->bind("127.0.0.1", 0);
    hub->start();
    server->start();
}

HubFixture::~HubFixture() {
    if (server) server->stop();
    hub->stop();
}

void HubFixture::stop_serving() {
    server->stop();
    server.reset();
}

void HubFixture::serve_again() {
    server = std::make_unique<sync::server::SyncServer>(
        sync::server::ServerOptions{.certificate = certs / "server.crt", .private_key = certs / "server.key"}, *store,
        sealing_keys, hub.get());
    server->bind("127.0.0.1", port);
    server->start();
}

HubDevice& HubFixture::device(const std::string& id, const std::string& role) {
    auto d = std::make_unique<HubDevice>();
    d->id = id;
    const fs::path token_file = d->store.dir / "keys/sync.token";
    std::ofstream(token_file) << store->add_device(id, kVenue, *sync::parse_device_role(role)) << '\n';
    fs::permissions(token_file, fs::perms::owner_read | fs::perms::owner_write);
    d->config = app::demo_config(d->store.dir.path());
    d->config.database_file = d->store.database_file;
    d->config.key_file = d->store.key_file;
    d->config.server_url = "https://127.0.0.1:" + std::to_string(port);
    d->config.device_id = id;
    d->config.token_file = token_file;
    d->config.ca_file = certs / "ca.crt";
    d->config.server_role = "hub";
    d->config.face = role == "lobby" ? "family" : role == "tablet" ? "staff" : "coordinator";
    devices.push_back(std::move(d));
    return *devices.back();
}

app::SyncSummary HubFixture::sync(HubDevice& device, app::SyncOptions options) {
    app::SyncProgressBoard board;
    return app::sync_once(device.config, device.clock, board, options, nullptr, SyncFixture::quick_tuning());
}

core::Id HubFixture::local_id(HubDevice& device, const std::string& table, const std::string& uuid) {
    auto q = device.store.db.cached("SELECT id FROM " + table + " WHERE uuid = ?");
    q.bind_all(uuid);
    return q.step() ? q.int64(0) : 0;
}

std::int64_t HubFixture::count(HubDevice& device, const std::string& sql) {
    auto q = device.store.db.cached(sql);
    q.step();
    return q.int64(0);
}

core::Id HubFixture::add_staff(HubDevice& device, const std::string& name, core::Role role) {
    store::WriteTransaction tx(device.store.db, "system:test", device.clock.now());
    const core::Id id = store::StaffRepository(device.store.db).add(tx, {0, name, role, true}, "");
    tx.commit();
    return id;
}

}  // namespace kiosk::testing
