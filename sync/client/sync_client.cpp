#include "sync/client/sync_client.hpp"

#include <thread>

#include "sync/client/gzip.hpp"
#include "sync/client/transport_error.hpp"
#include "sync/protocol/api_version.hpp"
#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync {

SyncClient::SyncClient(HttpsTransport& transport, BackoffPolicy policy, std::function<double()> uniform01,
                       WaitFunction wait, RetryObserver observer)
    : transport_(transport), policy_(policy), uniform01_(std::move(uniform01)), wait_(std::move(wait)),
      observer_(std::move(observer)) {}

template <class Decode>
auto SyncClient::with_retries(const std::function<HttpResponse()>& request, Decode decode)
    -> decltype(decode(std::string{})) {
    Backoff backoff(policy_, uniform01_);
    for (;;) {
        std::string why;
        std::optional<std::chrono::seconds> retry_after;
        try {
            HttpResponse response = request();
            if (response.status == 200) {
                try {
                    return decode(response.body);
                } catch (const ProtocolError& error) {
                    why = std::string{"the server's answer was not understood: "} + error.what();
                }
            } else if (response.status == 401 || response.status == 403) {
                throw TransportError(FailureKind::Configuration,
                                     "the sync server refused this device's token (HTTP " +
                                         std::to_string(response.status) + ")");
            } else if (response.status >= 300 && response.status < 400) {
                throw TransportError(FailureKind::Configuration,
                                     "the sync server answered with a redirect (HTTP " + std::to_string(response.status) +
                                         "), which this device does not follow; check server.url");
            } else if (response.status == 429 || response.status == 408 || response.status >= 500) {
                why = "the sync server answered HTTP " + std::to_string(response.status);
                retry_after = response.retry_after;
            } else {
                throw TransportError(FailureKind::Configuration,
                                     "the sync server refused the request (HTTP " + std::to_string(response.status) +
                                         ")");
            }
        } catch (const TransportError& error) {
            if (error.kind() != FailureKind::Retryable) throw;
            why = error.what();
        }
        const auto wait = backoff.next_wait(retry_after);
        if (!wait) {
            throw TransportError(FailureKind::Retryable,
                                 why + " (gave up after " + std::to_string(backoff.attempts()) + " tries)");
        }
        if (observer_.on_retry) observer_.on_retry(why, *wait);
        if (!wait_(*wait)) throw TransportError(FailureKind::Cancelled, "sync was cancelled");
    }
}

PreparedPush prepare_push(PushBatchWriter&& batch) {
    return PreparedPush{.gzip_body = gzip_compress(batch.take_body()), .uuids = batch.uuids()};
}

std::vector<RecordResult> SyncClient::push(const PreparedPush& batch, const UploadProgress& progress) {
    const std::string path = std::string{kApiPrefix} + "/records";
    return with_retries([&] { return transport_.post_gzipped_json(path, batch.gzip_body, progress); },
                        [&](const std::string& answer) { return decode_push_results(answer, batch.uuids); });
}

PullPage SyncClient::pull(const std::string& cursor, int limit, std::chrono::seconds wait) {
    // The cursor is opaque but ours to quote: only digits and letters are ever issued.
    std::string path = std::string{kApiPrefix} + "/changes?limit=" + std::to_string(limit);
    if (!cursor.empty()) path += "&after=" + cursor;
    if (wait.count() > 0) path += "&wait=" + std::to_string(wait.count());
    return with_retries([&] { return transport_.get(path, wait); },
                        [](const std::string& answer) { return decode_pull_page(answer); });
}

std::int64_t SyncClient::audit_seen() {
    return with_retries([&] { return transport_.get(std::string{kApiPrefix} + "/audit-head"); },
                        [](const std::string& answer) { return decode_audit_seen(answer); });
}

std::string SyncClient::rotate_token() {
    return with_retries([&] { return transport_.post_gzip_json(std::string{kApiPrefix} + "/token", "{}"); },
                        [](const std::string& answer) { return decode_token_answer(answer); });
}

WaitFunction cancellable_sleep(const std::atomic<bool>* cancel) {
    return [cancel](std::chrono::milliseconds total) {
        const auto until = std::chrono::steady_clock::now() + total;
        while (std::chrono::steady_clock::now() < until) {
            if (cancel != nullptr && cancel->load()) return false;
            std::this_thread::sleep_for(std::min<std::chrono::milliseconds>(
                std::chrono::milliseconds{100}, std::chrono::duration_cast<std::chrono::milliseconds>(
                                                    until - std::chrono::steady_clock::now()) +
                                                    std::chrono::milliseconds{1}));
        }
        return !(cancel != nullptr && cancel->load());
    };
}

}  // namespace kiosk::sync
