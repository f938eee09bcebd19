#include "sync/server/hub/upstream_link.hpp"

#include "kiosk/log/log.hpp"
#include "sync/client/sync_client.hpp"
#include "sync/client/transport_error.hpp"
#include "sync/protocol/api_version.hpp"
#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/server/hub/upstream_batch.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;

namespace {

constexpr std::size_t kBatchRecords = 500;
constexpr std::size_t kBatchBytes = 1024 * 1024;

core::Timestamp now_utc() { return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()); }

}  // namespace

UpstreamLink::UpstreamLink(HubStore& store, VenueRules& rules, ChangeSignal& changes, HubIdentity identity,
                           UpstreamOptions options)
    : store_(store), rules_(rules), changes_(changes), identity_(std::move(identity)), options_(options) {
    status_.mode = options_.mode;
}

UpstreamLink::~UpstreamLink() { stop(); }

void UpstreamLink::start() {
    forwarder_ = std::thread([this] { forward_loop(); });
    puller_ = std::thread([this] { pull_loop(); });
}

void UpstreamLink::stop() {
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    if (forwarder_.joinable()) forwarder_.join();
    if (puller_.joinable()) puller_.join();
}

void UpstreamLink::queued(bool urgent) {
    {
        const std::lock_guard lock(mutex_);
        work_ = true;
        urgent_ = urgent_ || urgent;
    }
    if (options_.mode == ForwardMode::Continuous || urgent) wake_.notify_all();
}

void UpstreamLink::request_sync() {
    {
        const std::lock_guard lock(mutex_);
        status_.requested = true;
    }
    wake_.notify_all();
}

UpstreamStatus UpstreamLink::status() {
    const ForwardCounts counts = store_.forward_counts();
    const std::lock_guard lock(mutex_);
    UpstreamStatus out = status_;
    out.counts = counts;
    return out;
}

bool UpstreamLink::pause(std::chrono::milliseconds how_long) {
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, how_long, [this] { return stop_.load(); });
    return !stop_;
}

void UpstreamLink::note_failure(const std::string& why) {
    const std::lock_guard lock(mutex_);
    if (status_.reachable || status_.last_error != why) {
        log::warning("venue hub: the upstream server: " + why);
    }
    status_.reachable = false;
    status_.last_error = why;
}

void UpstreamLink::forward_loop() {
    std::chrono::milliseconds retry = options_.first_retry;
    for (;;) {
        bool urgent = false;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] {
                return stop_ || status_.requested || urgent_ || (options_.mode == ForwardMode::Continuous && work_);
            });
            if (stop_) return;
            work_ = false;
            urgent = urgent_;
            urgent_ = false;
            status_.sending = true;
        }
        bool ok = false;
        try {
            forward_all();
            ok = true;
        } catch (const TransportError& error) {
            if (error.kind() == FailureKind::Cancelled) return;
            note_failure(error.what());
        } catch (const std::exception& error) {
            note_failure(std::string{"forwarding failed: "} + error.what());
        }
        {
            const std::lock_guard lock(mutex_);
            status_.sending = false;
            ++status_.runs_finished;
            // A coordinator's request is answered by this run, either way: the sync screen
            // shows the outcome and the coordinator may ask again. Continuous forwarding
            // keeps trying by itself.
            status_.requested = false;
            if (ok) {
                status_.reachable = true;
                status_.last_error.clear();
                status_.last_forward_at = now_utc();
            } else {
                work_ = true;
                urgent_ = urgent_ || urgent;  // a concern is tried again until it is there
            }
        }
        if (ok) {
            retry = options_.first_retry;
        } else {
            if (!pause(retry)) return;
            retry = std::min(retry * 2, options_.longest_retry);
        }
    }
}

void UpstreamLink::forward_all() {
    HttpsTransport transport(identity_.tls(), options_.timeouts, identity_.token, &stop_);
    SyncClient client(transport, BackoffPolicy{}, random_unit_source(), cancellable_sleep(&stop_));
    // The upstream vouches for the newest row of the hub's chain it saw; later batches of
    // this run vouch for the head of the batch before (docs/sync-api.md, "Audit head").
    std::optional<ChainHead> anchor;
    if (const std::int64_t seen = client.audit_seen(); seen > 0) {
        if (auto hash = store_.forward_hash_at(seen)) anchor = ChainHead{seen, *hash};
    }
    for (;;) {
        const std::vector<ForwardItem> items = store_.next_forwards(kBatchRecords, kBatchBytes);
        if (items.empty()) return;
        const std::optional<ChainHead> head = store_.forward_head();
        const PreparedPush batch = build_upstream_batch(identity_, items, head, anchor);
        const std::vector<RecordResult> results = client.push(batch);
        if (store_.settle_forwards(results) > 0) changes_.notify();
        anchor = head;
        {
            const std::lock_guard lock(mutex_);
            status_.reachable = true;
        }
    }
}

bool UpstreamLink::pull_once() {
    HttpsTransport transport(identity_.tls(), options_.timeouts, identity_.token, &stop_);
    for (;;) {
        const std::string cursor = store_.upstream_cursor();
        std::string path = std::string{kApiPrefix} + "/changes?limit=200&wait=" + std::to_string(options_.pull_wait_seconds);
        if (!cursor.empty()) path += "&after=" + cursor;
        const auto asked = std::chrono::steady_clock::now();
        const HttpResponse response = transport.get(path);
        if (response.status != 200) {
            throw TransportError(response.status == 401 || response.status == 403 ? FailureKind::Configuration
                                                                                     : FailureKind::Retryable,
                                 "the upstream answered the pull with HTTP " + std::to_string(response.status));
        }
        const json page = parse_bounded_json(response.body, "the upstream's feed page");
        const auto& list = page.at("changes");
        if (!list.is_array() || !page.at("cursor").is_string()) throw ProtocolError("the upstream's feed page has no changes or cursor");
        std::vector<json> changes;
        for (const auto& change : list) {
            if (!change.is_object() || !change.contains("kind") || !change["kind"].is_string() || !change.contains("data") ||
                !change["data"].is_object()) {
                throw ProtocolError("a change in the upstream's feed is not {kind, data}");
            }
            changes.push_back(change);
        }
        if (store_.apply_upstream_page(changes, page["cursor"].get<std::string>(), rules_) > 0) changes_.notify();
        {
            const std::lock_guard lock(mutex_);
            status_.reachable = true;
            status_.last_pull_at = now_utc();
        }
        if (page.value("more", false)) continue;
        // An upstream that does not hold a pull answers at once: do not ask again at once.
        if (changes.empty() && std::chrono::steady_clock::now() - asked < std::chrono::seconds{1}) return true;
        if (stop_) return false;
    }
}

void UpstreamLink::pull_loop() {
    std::chrono::milliseconds retry = options_.first_retry;
    while (!stop_) {
        try {
            if (pull_once() && !pause(options_.idle_pull_pause)) return;
            retry = options_.first_retry;
            continue;
        } catch (const TransportError& error) {
            if (error.kind() == FailureKind::Cancelled || stop_) return;
            note_failure(error.what());
        } catch (const std::exception& error) {
            note_failure(std::string{"pulling failed: "} + error.what());
        }
        if (!pause(retry)) return;
        retry = std::min(retry * 2, options_.longest_retry);
    }
}

}  // namespace kiosk::sync::server::hub
