#pragma once
// One HTTPS request at a time over libcurl, trusting exactly what is configured: peer and
// host verified, TLS 1.2 at least (Debian's libcurl 7.88 would still allow 1.0), with a CA
// file only that CA (not the system's folder of CAs as well), no proxy but the configured one
// (HTTPS_PROXY in the environment is ignored), redirects never followed (a 3xx is returned as
// it is, so a body, the enrolment token included, goes nowhere else), an optional public-key
// pin and client certificate, and timeouts so that a stalled server never hangs the caller.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "sync/client/tls_settings.hpp"

namespace kiosk::sync {

struct Timeouts {
    std::chrono::milliseconds connect{10'000};
    // Abort when fewer than low_speed_bytes per second move for low_speed_time.
    long low_speed_bytes = 64;
    std::chrono::seconds low_speed_time{20};
    std::chrono::seconds total{300};
};

struct HttpResponse {
    long status = 0;
    std::string body;
    std::optional<std::chrono::seconds> retry_after;
};

// Bytes of the request body sent so far, of its total.
using UploadProgress = std::function<void(std::uint64_t sent, std::uint64_t total)>;

// Ends a transport's wait on the network from another thread, at once: the transfer runs on
// libcurl's multi interface, and wake() is curl_multi_wakeup on it. Without it a long poll would
// notice its interrupt flag only at libcurl's next timer, about once a second. The waker outlives
// the transports attached to it (the sync worker owns it; each transport attaches its multi handle
// while it exists), and its mutex keeps a wake from touching a multi handle being cleaned up.
class TransferWaker {
public:
    TransferWaker() = default;
    TransferWaker(const TransferWaker&) = delete;
    TransferWaker& operator=(const TransferWaker&) = delete;
    // Any thread, any time: the attached transport's transfer in flight looks at its flags now (a
    // wake with nothing in flight makes the next wait return at once, harmlessly).
    void wake();

private:
    friend class HttpsTransport;
    void attach(void* multi);
    void detach(void* multi);

    std::mutex mutex_;
    void* multi_ = nullptr;  // CURLM* of the attached transport
};

class HttpsTransport {
public:
    // `bearer_token` goes only into the Authorization header; it is never logged or shown.
    // `cancel`, when set, aborts a request in flight (the window closing, a shutdown).
    HttpsTransport(TlsSettings tls, Timeouts timeouts, std::string bearer_token,
                   const std::atomic<bool>* cancel = nullptr);
    HttpsTransport(const HttpsTransport&) = delete;
    HttpsTransport& operator=(const HttpsTransport&) = delete;
    ~HttpsTransport();

    // Throws TransportError when no HTTP answer came back; any HTTP status is returned.
    HttpResponse post_gzip_json(const std::string& path, const std::string& json_body,
                                const UploadProgress& progress = {});
    // The same with a body already gzip-compressed (gzip.hpp), so a caller can compress it
    // ahead of time, on another thread.
    HttpResponse post_gzipped_json(const std::string& path, const std::string& gzip_body,
                                   const UploadProgress& progress = {});
    // `may_wait`: the server may hold this request that long before it answers (a long poll,
    // GET /changes?wait=): the low-speed abort and the total timeout allow that silence on top.
    HttpResponse get(const std::string& path, std::chrono::seconds may_wait = std::chrono::seconds{0});
    // While set, a long poll (a get with may_wait) in flight ends with TransportError(Interrupted):
    // the device has something to push. Other requests ignore it. The flag is looked at whenever
    // the transfer's wait returns: at once when `waker` (set the flag, then wake()) is given, else
    // at libcurl's next timer. The waker must outlive this transport.
    void set_interrupt(const std::atomic<bool>* interrupt, TransferWaker* waker = nullptr);

private:
    HttpResponse perform(const std::string& path, const std::string* gzip_body, const UploadProgress& progress,
                         std::chrono::seconds may_wait = std::chrono::seconds{0});
    // Runs the configured transfer on the multi handle; `interrupt` (a long poll's) ends it too.
    int run_transfer(const std::atomic<bool>* interrupt);

    TlsSettings tls_;
    Timeouts timeouts_;
    std::string authorization_;
    const std::atomic<bool>* cancel_;
    const std::atomic<bool>* interrupt_ = nullptr;
    TransferWaker* waker_ = nullptr;
    void* curl_ = nullptr;   // CURL*, kept so the TLS session is reused
    void* multi_ = nullptr;  // CURLM* every transfer runs on; it keeps the connection for the next
};

}  // namespace kiosk::sync
