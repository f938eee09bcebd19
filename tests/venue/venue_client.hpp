#pragma once
// A device's side of the sync API at the wire, over the kiosk's own libcurl transport: push a
// batch, pull a page (long poll included), ask the hub's endpoints. The venue tests use it where
// they need to see exactly what goes and comes (receipts, scoping, refusals); the faces' tests
// run real devices (venue_fixture.hpp).
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

#include "kiosk/core/replica.hpp"
#include "sync/client/https_transport.hpp"
#include "sync/protocol/push_batch.hpp"

namespace kiosk::testing {

struct PulledPage {
    long status = 0;
    std::vector<nlohmann::json> changes;
    std::string cursor;
    bool more = false;
};

class VenueClient {
public:
    VenueClient(int port, const std::string& ca_file, std::string device_id, const std::string& token);

    const std::string& device_id() const { return device_id_; }
    // A record of an entity (schema 2), or a feedback record numbered n; fresh message uuids.
    sync::PushRecord record(const core::replica::Entity& entity) const;
    sync::PushRecord feedback(int n) const;
    // One batch; throws std::runtime_error when no 200 comes back (a hub down, a refusal).
    std::vector<sync::RecordResult> push(const std::vector<sync::PushRecord>& records);
    sync::HttpResponse push_raw(const std::vector<sync::PushRecord>& records);
    // Pushes until the hub answers, trying again (the same records) while it is down.
    std::vector<sync::RecordResult> push_until_answered(const std::vector<sync::PushRecord>& records,
                                                        std::chrono::seconds give_up = std::chrono::seconds{120});
    PulledPage pull(const std::string& after, int wait_seconds = 0, int limit = 200);
    // Every page after `after` (no waiting); `cursor` gets where it ended.
    std::vector<nlohmann::json> pull_all(const std::string& after = "", std::string* cursor = nullptr);
    sync::HttpResponse get(const std::string& path);
    sync::HttpResponse post(const std::string& path, const std::string& json_body);

private:
    std::string device_id_;
    std::unique_ptr<sync::HttpsTransport> transport_;
};

// The message uuids every receipt in `changes` names, in order (a uuid twice if confirmed twice).
std::vector<std::string> receipted(const std::vector<nlohmann::json>& changes);

}  // namespace kiosk::testing
