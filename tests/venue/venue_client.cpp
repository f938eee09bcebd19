#include "tests/venue/venue_client.hpp"

#include <thread>

#include "sync/client/transport_error.hpp"
#include "sync/protocol/push_batch_writer.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "sync/server/hub/entity_writer.hpp"
#include "tests/support/test_store.hpp"

namespace kiosk::testing {
using nlohmann::json;

namespace {
// A held poll sends nothing for up to 25 s: the transport must not take that for a stall.
sync::Timeouts long_poll_timeouts() {
    return sync::Timeouts{std::chrono::milliseconds{10'000}, 1, std::chrono::seconds{60}, std::chrono::seconds{120}};
}
}  // namespace

VenueClient::VenueClient(int port, const std::string& ca_file, std::string device_id, const std::string& token)
    : device_id_(std::move(device_id)),
      transport_(std::make_unique<sync::HttpsTransport>(
          sync::TlsSettings{.server_url = "https://127.0.0.1:" + std::to_string(port), .ca_file = ca_file,
                            .pinned_public_key = {}, .client_certificate = {}, .client_key = {}, .proxy = {}},
          long_poll_timeouts(), token)) {}

sync::PushRecord VenueClient::record(const core::replica::Entity& entity) const {
    return sync::PushRecord{.uuid = sync::server::hub::new_uuid(), .kind = std::string(sync::kind_of(entity)),
                            .schema = sync::kVenuePayloadSchema, .created_at = kDemoNow, .device_id = device_id_,
                            .payload_json = sync::encode_entity(entity), .signature = std::nullopt, .sealed = std::nullopt};
}

sync::PushRecord VenueClient::feedback(int n) const {
    // A record no venue state hangs on (only coordinators receive feedback back): what the tests
    // count at the upstream.
    core::replica::Feedback f{.uuid = sync::server::hub::new_uuid(),
                              .session_uuid = "00000000-0000-4000-8000-000000000050",
                              .child_face = 1 + n % 5, .adult_face = 5, .comment = "Lovely", .anonymous = false,
                              .at = kDemoNow};
    return record(f);
}

sync::HttpResponse VenueClient::push_raw(const std::vector<sync::PushRecord>& records) {
    sync::PushBatchWriter writer(device_id_, std::nullopt, std::nullopt);
    for (const auto& r : records) writer.add(r);
    return transport_->post_gzip_json("/api/v1/records", writer.take_body());
}

std::vector<sync::RecordResult> VenueClient::push(const std::vector<sync::PushRecord>& records) {
    const auto response = push_raw(records);
    if (response.status != 200) {
        throw std::runtime_error("push answered HTTP " + std::to_string(response.status) + ": " + response.body);
    }
    return sync::decode_push_results(response.body, records);
}

std::vector<sync::RecordResult> VenueClient::push_until_answered(const std::vector<sync::PushRecord>& records,
                                                                 std::chrono::seconds give_up) {
    const auto deadline = std::chrono::steady_clock::now() + give_up;
    for (;;) {
        try {
            const auto response = push_raw(records);
            if (response.status == 200) return sync::decode_push_results(response.body, records);
        } catch (const sync::TransportError&) {
            // The hub is down or was cut off mid-answer: the same records again, as a device would.
        }
        if (std::chrono::steady_clock::now() > deadline) throw std::runtime_error("the hub never answered the push");
        std::this_thread::sleep_for(std::chrono::milliseconds{50});
    }
}

PulledPage VenueClient::pull(const std::string& after, int wait_seconds, int limit) {
    std::string path = "/api/v1/changes?limit=" + std::to_string(limit);
    if (!after.empty()) path += "&after=" + after;
    if (wait_seconds > 0) path += "&wait=" + std::to_string(wait_seconds);
    const auto response = transport_->get(path);
    PulledPage page;
    page.status = response.status;
    if (response.status != 200) return page;
    const json doc = json::parse(response.body);
    for (const auto& c : doc.at("changes")) page.changes.push_back(c);
    page.cursor = doc.at("cursor").get<std::string>();
    page.more = doc.at("more").get<bool>();
    return page;
}

std::vector<json> VenueClient::pull_all(const std::string& after, std::string* cursor) {
    std::vector<json> out;
    std::string at = after;
    for (int i = 0; i < 1000; ++i) {
        const PulledPage page = pull(at);
        if (page.status != 200) throw std::runtime_error("pull answered HTTP " + std::to_string(page.status));
        out.insert(out.end(), page.changes.begin(), page.changes.end());
        at = page.cursor;
        if (!page.more) break;
    }
    if (cursor != nullptr) *cursor = at;
    return out;
}

sync::HttpResponse VenueClient::get(const std::string& path) { return transport_->get(path); }

sync::HttpResponse VenueClient::post(const std::string& path, const std::string& json_body) {
    return transport_->post_gzip_json(path, json_body);
}

std::vector<std::string> receipted(const std::vector<json>& changes) {
    std::vector<std::string> out;
    for (const auto& c : changes) {
        if (c.at("kind") != "receipt") continue;
        for (const auto& uuid : c.at("data").at("records")) out.push_back(uuid.get<std::string>());
    }
    return out;
}

}  // namespace kiosk::testing
