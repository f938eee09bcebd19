#include "sync/server/hub/hub_commands.hpp"

#include <iostream>
#include <nlohmann/json.hpp>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/pull_page.hpp"

#include "sync/server/hub/venue_hub.hpp"
#include "sync/server/hub/venue_merge.hpp"
#include "sync/server/service_notify.hpp"

namespace kiosk::sync::server::hub {
namespace fs = std::filesystem;

HubServeSettings hub_settings_from(const HubConfig& config) {
    HubServeSettings settings;
    settings.venue = config.venue;
    settings.key_dir = config.key_dir;
    settings.upstream.mode = parse_forward_mode(config.upstream_sync);
    settings.upstream.pull_wait_seconds = config.upstream_pull_wait;
    set_longest_retry(settings.upstream, config.upstream_retry_max);
    return settings;
}

void set_longest_retry(UpstreamOptions& upstream, double seconds) {
    upstream.longest_retry = std::chrono::milliseconds{static_cast<std::int64_t>(seconds * 1000)};
    upstream.first_retry = std::min(upstream.first_retry, upstream.longest_retry);
}

fs::path default_key_dir(const fs::path& database) { return fs::absolute(database).parent_path() / "hub-keys"; }

ForwardMode parse_forward_mode(const std::string& text) {
    if (text == "continuous") return ForwardMode::Continuous;
    if (text == "on-request" || text == "on_request") return ForwardMode::OnRequest;
    throw HubSetupError("the upstream sync must be continuous or on-request");
}

void serve_hub(const ServerOptions& options, SqliteStorage& store, const SealingKeyPair& sealing_keys,
               const fs::path& database, const HubServeSettings& settings, const std::string& host, int port) {
    const fs::path key_dir = settings.key_dir.empty() ? default_key_dir(database) : settings.key_dir;
    std::optional<HubIdentity> identity = load_hub_identity(key_dir);
    HubStore hub_store(database);
    if (settings.venue) hub_store.set_venue(*settings.venue);
    VenueMerge rules;
    VenueHub hub(hub_store, rules, std::move(identity), settings.upstream);
    SyncServer server(options, store, sealing_keys, &hub);
    const int bound = server.bind(host, port);
    hub.start();
    std::cout << "listening on https://" << host << ':' << bound << " as the hub of venue " << hub.venue_id()
              << (hub.has_upstream() ? "" : " (no upstream)") << std::endl;
    server.serve_until_signalled(notify_ready);
    notify_stopping();
    hub.stop();
}

std::size_t hub_import(const fs::path& database, const std::string& feed_json) {
    const nlohmann::json doc = parse_bounded_json(feed_json, "feed file");
    if (!doc.is_object() || !doc.contains("changes") || !doc["changes"].is_array()) {
        throw ProtocolError("the feed file must be a JSON object with a changes list");
    }
    std::vector<nlohmann::json> changes;
    for (const auto& change : doc["changes"]) {
        validate_change(change.dump());  // throws ProtocolError naming the fault
        if (change["kind"] == "receipt") throw ProtocolError("a feed file holds no receipts");
        changes.push_back(change);
    }
    HubStore hub_store(database);
    VenueMerge rules;
    hub_store.apply_import(changes, rules);
    return changes.size();
}

HubIdentity hub_enrol(const fs::path& database, const fs::path& key_dir, HubEnrolOptions options,
                      const std::string& token_file) {
    std::string token = token_file.empty() ? std::string{} : read_private(token_file);
    if (token_file.empty()) std::getline(std::cin, token);
    while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' ')) token.pop_back();
    if (token.empty()) throw HubSetupError("no enrolment token: give --token-file or write it to standard input");
    options.token = token;
    HubStore hub_store(database);
    HubIdentity identity = enrol_hub(key_dir, options);
    hub_store.set_venue(identity.venue_id);
    return identity;
}

}  // namespace kiosk::sync::server::hub
