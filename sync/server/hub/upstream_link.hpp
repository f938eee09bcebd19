#pragma once
// The hub's two conversations with the upstream server, each on a thread of its own with its
// own HTTPS connection (libcurl, the device's transport), as the enrolled device it is:
//  - forwarding: every message the hub stored, in order, each once (the original uuids; the
//    upstream de-duplicates), signed with the hub's key and re-sealed to the upstream's key;
//    at once when the venue's config says continuous, else when the coordinator asks. The
//    upstream's answers become receipts in the originating devices' feeds.
//  - pulling: the upstream's feed for the venue (role hub: everything), applied to the
//    venue's state page by page, continuously while the upstream can be reached.
// Either retries with backoff while the upstream is down; the venue is served meanwhile.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "kiosk/core/time.hpp"
#include "sync/client/https_transport.hpp"
#include "sync/server/change_signal.hpp"
#include "sync/server/hub/hub_identity.hpp"
#include "sync/server/hub/hub_store.hpp"

namespace kiosk::sync::server::hub {

enum class ForwardMode { Continuous, OnRequest };

struct UpstreamOptions {
    ForwardMode mode = ForwardMode::OnRequest;
    // How long a pull waits at the upstream for a change (its long poll), and how long to pause
    // between pulls when the upstream answers at once with nothing (a server that does not hold).
    int pull_wait_seconds = 25;
    std::chrono::milliseconds idle_pull_pause{30'000};
    // Backoff after a failed exchange: doubles from the first to the longest.
    std::chrono::milliseconds first_retry{1'000};
    std::chrono::milliseconds longest_retry{60'000};
    // The pull is held at the upstream up to pull_wait_seconds with no byte moving, so the
    // low-speed abort must allow longer than that.
    Timeouts timeouts{std::chrono::milliseconds{10'000}, 1, std::chrono::seconds{45}, std::chrono::seconds{300}};
};

struct UpstreamStatus {
    ForwardMode mode = ForwardMode::OnRequest;
    bool sending = false;            // a forward run is under way
    bool requested = false;          // a coordinator asked and the run has not finished
    bool reachable = false;          // the last exchange with the upstream went through
    std::string last_error;          // the last failure in words (never a payload or token)
    std::optional<core::Timestamp> last_forward_at;  // the last run that emptied the queue
    std::optional<core::Timestamp> last_pull_at;
    std::uint64_t runs_finished = 0; // forward runs that ended (either way)
    ForwardCounts counts;
};

class UpstreamLink {
public:
    UpstreamLink(HubStore& store, VenueRules& rules, ChangeSignal& changes, HubIdentity identity,
                 UpstreamOptions options);
    UpstreamLink(const UpstreamLink&) = delete;
    UpstreamLink& operator=(const UpstreamLink&) = delete;
    ~UpstreamLink();  // stops and joins

    void start();
    void stop();
    // Something new is queued (the hub applied a batch): forwarded at once when continuous, or
    // when `urgent` (a fast-lane message waits: a concern goes at once in any mode, with what
    // was queued before it, in order, and is retried until the upstream has it).
    void queued(bool urgent = false);
    // The coordinator's Sync: forward everything queued now, whatever the mode.
    void request_sync();
    UpstreamStatus status();

private:
    void forward_loop();
    void pull_loop();
    void forward_all();
    bool pull_once();
    bool pause(std::chrono::milliseconds how_long);
    void note_failure(const std::string& why);

    HubStore& store_;
    VenueRules& rules_;
    ChangeSignal& changes_;
    HubIdentity identity_;
    UpstreamOptions options_;
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::condition_variable wake_;
    bool work_ = true;  // look at the queue once at start: a run may have been cut by a crash
    bool urgent_ = false;  // a fast-lane message waits: forward now, whatever the mode
    UpstreamStatus status_;
    std::thread forwarder_;
    std::thread puller_;
};

}  // namespace kiosk::sync::server::hub
