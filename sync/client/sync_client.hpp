#pragma once
// The sync API over one HTTPS transport: push a batch, pull a page, each retried with
// backoff and jitter, honouring Retry-After. An answer that is not the documented JSON is
// treated like no answer: the records stay queued and the request is tried again.
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "sync/client/backoff.hpp"
#include "sync/client/https_transport.hpp"
#include "sync/protocol/pull_page.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/protocol/push_batch_writer.hpp"

namespace kiosk::sync {

// Waits; returns false when the wait was cut short by a cancel.
using WaitFunction = std::function<bool(std::chrono::milliseconds)>;

struct RetryObserver {
    // Told before each wait, with what went wrong in words (never a token or payload).
    std::function<void(const std::string& why, std::chrono::milliseconds wait)> on_retry;
};

// A batch encoded and compressed ahead of sending, so that this work overlaps the request
// before it (the day's-end sync keeps one batch on its way while it prepares the next).
struct PreparedPush {
    std::string gzip_body;
    std::vector<std::string> uuids;
};
PreparedPush prepare_push(PushBatchWriter&& batch);

class SyncClient {
public:
    SyncClient(HttpsTransport& transport, BackoffPolicy policy, std::function<double()> uniform01,
               WaitFunction wait, RetryObserver observer = {});

    // Throws TransportError: Retryable when the tries ran out, Configuration when retrying
    // cannot help, Cancelled when asked to stop.
    std::vector<RecordResult> push(const PreparedPush& batch, const UploadProgress& progress = {});
    // `wait` > 0: a long poll (docs/sync-api.md, "Continuous sync"): the server may hold the
    // request that long while it has nothing newer. A server that ignores it answers at once.
    PullPage pull(const std::string& cursor, int limit, std::chrono::seconds wait = std::chrono::seconds{0});
    // The newest row of this device's audit chain the server has seen (0: none yet).
    std::int64_t audit_seen();
    // A new bearer token in place of the one this client sends (docs/sync-api.md, "Token
    // rotation"). The old one works until the new one is first used.
    std::string rotate_token();

private:
    template <class Decode>
    auto with_retries(const std::function<HttpResponse()>& request, Decode decode) -> decltype(decode(std::string{}));

    HttpsTransport& transport_;
    BackoffPolicy policy_;
    std::function<double()> uniform01_;
    WaitFunction wait_;
    RetryObserver observer_;
};

// Sleeps in short slices so that a cancel is noticed within a tenth of a second.
WaitFunction cancellable_sleep(const std::atomic<bool>* cancel);

}  // namespace kiosk::sync
