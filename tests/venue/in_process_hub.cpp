#include "tests/venue/in_process_hub.hpp"

#include "sync/protocol/payload_schema.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "sync/server/hub/entity_writer.hpp"
#include "tests/support/test_store.hpp"

namespace kiosk::testing {
using nlohmann::json;
namespace hub = sync::server::hub;

namespace {
std::uint32_t counting_random(std::uint32_t bound) {
    static std::uint32_t next = 7;
    next = next * 1103515245u + 12345u;
    return bound == 0 ? 0 : (next >> 8) % bound;
}
}  // namespace

InProcessHub::InProcessHub()
    : file(dir / "hub.db"), server(file), hub(file), rules([] { return kDemoNow; }, counting_random) {
    hub.set_venue(kVenue);
}

sync::server::DeviceIdentity InProcessHub::device(const std::string& id, sync::DeviceRole role, std::int64_t venue) {
    return *server.authenticate(server.add_device(id, venue, role));
}

std::vector<sync::RecordResult> InProcessHub::push(const sync::server::DeviceIdentity& device,
                                                   const std::vector<core::replica::Entity>& entities,
                                                   std::vector<std::string>* message_uuids, bool apply_now) {
    // Every payload meets the server's schema check, as one from the wire would.
    sync::ReceivedBatch batch;
    batch.device_id = device.device_id;
    for (const auto& entity : entities) {
        sync::PushRecord r{.uuid = hub::new_uuid(), .kind = std::string(sync::kind_of(entity)),
                           .schema = sync::kVenuePayloadSchema, .created_at = kDemoNow, .device_id = device.device_id,
                           .payload_json = sync::encode_entity(entity), .signature = std::nullopt, .sealed = std::nullopt};
        if (const std::string problem = sync::check_payload(r.kind, r.schema, json::parse(r.payload_json));
            !problem.empty()) {
            throw std::logic_error("a sample does not pass its schema: " + problem);
        }
        if (message_uuids != nullptr) message_uuids->push_back(r.uuid);
        batch.records.push_back(sync::ReceivedRecord{.uuid = r.uuid, .record = r, .problem = {}});
    }
    last_batch_ = batch;
    auto results = server.store_batch(std::move(batch), device, sealing_keys);
    if (apply_now) apply();
    return results;
}

std::vector<sync::RecordResult> InProcessHub::push_again(const sync::server::DeviceIdentity& device, bool apply_now) {
    auto results = server.store_batch(last_batch_, device, sealing_keys);
    if (apply_now) apply();
    return results;
}

std::size_t InProcessHub::apply() { return hub.apply_pending(rules); }

std::vector<json> InProcessHub::pull(const sync::server::DeviceIdentity& device, const std::string& after,
                                     std::string* cursor) {
    std::vector<json> out;
    std::string at = after;
    for (int page = 0; page < 100; ++page) {
        const auto p = feed.page(device, at, 7);
        for (const auto& change : p.changes) out.push_back(json::parse(change));
        at = p.cursor;
        if (!p.more) break;
    }
    if (cursor != nullptr) *cursor = at;
    return out;
}

std::string page_text(const std::vector<json>& changes) {
    std::string text;
    for (const auto& c : changes) text += c.dump() + "\n";
    return text;
}

std::vector<std::string> kinds_of(const std::vector<json>& changes) {
    std::vector<std::string> out;
    for (const auto& c : changes) out.push_back(c.at("kind").get<std::string>());
    return out;
}

}  // namespace kiosk::testing
