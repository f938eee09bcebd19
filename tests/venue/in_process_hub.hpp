#pragma once
// The hub's store and merge rules in this process, on a database of the test's own, for the
// tests that look at one rule at a time: what the hub stores, applies, addresses and answers.
// (The venue tests proper run the real contact-sync-server processes: venue_fixture.hpp.)
#include <string>
#include <vector>

#include "kiosk/core/replica.hpp"
#include "sync/server/hub/hub_feed.hpp"
#include "sync/server/hub/hub_store.hpp"
#include "sync/server/hub/venue_merge.hpp"
#include "sync/server/sqlite_storage.hpp"
#include "tests/support/temp_dir.hpp"

namespace kiosk::testing {

class InProcessHub {
public:
    static constexpr std::int64_t kVenue = 1;
    InProcessHub();

    sync::server::DeviceIdentity device(const std::string& id, sync::DeviceRole role, std::int64_t venue = kVenue);
    // Pushes each entity as one record of its kind (a fresh message uuid each) and applies.
    std::vector<sync::RecordResult> push(const sync::server::DeviceIdentity& device,
                                         const std::vector<core::replica::Entity>& entities,
                                         std::vector<std::string>* message_uuids = nullptr, bool apply = true);
    // Pushes the very same records again (a retry after a lost answer).
    std::vector<sync::RecordResult> push_again(const sync::server::DeviceIdentity& device, bool apply = true);
    std::size_t apply();
    // Every page after `after` for this device, as {"kind","data"} objects.
    std::vector<nlohmann::json> pull(const sync::server::DeviceIdentity& device, const std::string& after = "",
                                     std::string* cursor = nullptr);

    TempDir dir;
    std::filesystem::path file;
    sync::server::SqliteStorage server;
    sync::server::SealingKeyPair sealing_keys = sync::server::generate_sealing_key_pair();
    sync::server::hub::HubStore hub;
    sync::server::hub::VenueMerge rules;
    sync::server::hub::HubFeed feed{hub};

private:
    sync::ReceivedBatch last_batch_;
};

// What a page holds, as text, for looking for canary words.
std::string page_text(const std::vector<nlohmann::json>& changes);
std::vector<std::string> kinds_of(const std::vector<nlohmann::json>& changes);

}  // namespace kiosk::testing
