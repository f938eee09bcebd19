#include "sync/client/https_transport.hpp"

#include <curl/curl.h>

#include <mutex>

#include "sync/client/gzip.hpp"
#include "sync/client/transport_error.hpp"

namespace kiosk::sync {
namespace {

constexpr std::size_t kMaxResponseBytes = 16 * 1024 * 1024;

// libcurl's own timers (connect, the low-speed check once a second, the total) end a wait sooner;
// so does a TransferWaker.
constexpr int kLongestWaitMs = 60'000;

struct Transfer {
    std::string body;
    bool too_big = false;
    const std::atomic<bool>* cancel = nullptr;
    const UploadProgress* progress = nullptr;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    if (transfer->body.size() + bytes > kMaxResponseBytes) {
        transfer->too_big = true;
        return 0;  // makes curl fail the transfer
    }
    transfer->body.append(data, bytes);
    return bytes;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t upload_total, curl_off_t upload_now) {
    auto* transfer = static_cast<Transfer*>(user);
    if (transfer->cancel != nullptr && transfer->cancel->load()) return 1;
    if (transfer->progress != nullptr && *transfer->progress && upload_total > 0) {
        (*transfer->progress)(static_cast<std::uint64_t>(upload_now), static_cast<std::uint64_t>(upload_total));
    }
    return 0;
}

// Failures that retrying will not mend: the peer's identity, the TLS version, the pin,
// our own certificate, or a redirect away from https.
bool is_configuration_failure(CURLcode code) {
    switch (code) {
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_CRL_BADFILE:
        case CURLE_TOO_MANY_REDIRECTS:
            return true;
        default:
            return false;
    }
}

void set(CURL* curl, CURLoption option, long value) { curl_easy_setopt(curl, option, value); }
void set(CURL* curl, CURLoption option, const std::string& value) { curl_easy_setopt(curl, option, value.c_str()); }

void init_curl_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

[[noreturn]] void multi_failed(CURLMcode code) {
    throw TransportError(FailureKind::Retryable, std::string{"libcurl failed: "} + curl_multi_strerror(code));
}

}  // namespace

void TransferWaker::wake() {
    const std::lock_guard lock(mutex_);
    if (multi_ != nullptr) curl_multi_wakeup(static_cast<CURLM*>(multi_));
}

void TransferWaker::attach(void* multi) {
    const std::lock_guard lock(mutex_);
    multi_ = multi;
}

void TransferWaker::detach(void* multi) {
    const std::lock_guard lock(mutex_);
    if (multi_ == multi) multi_ = nullptr;
}

HttpsTransport::HttpsTransport(TlsSettings tls, Timeouts timeouts, std::string bearer_token,
                               const std::atomic<bool>* cancel)
    : tls_(std::move(tls)), timeouts_(timeouts), authorization_(bearer_token.empty() ? std::string{} : "Authorization: Bearer " + bearer_token),
      cancel_(cancel) {
    if (!is_https_url(tls_.server_url)) {
        throw TransportError(FailureKind::Configuration, "the sync server address must start with https://");
    }
    init_curl_once();
    curl_ = curl_easy_init();
    multi_ = curl_multi_init();
    if (curl_ == nullptr || multi_ == nullptr) {
        curl_easy_cleanup(static_cast<CURL*>(curl_));
        curl_multi_cleanup(static_cast<CURLM*>(multi_));
        throw TransportError(FailureKind::Configuration, "libcurl could not start");
    }
}

HttpsTransport::~HttpsTransport() {
    // First out of the waker's reach, so no wake touches the multi handle while it goes.
    if (waker_ != nullptr) waker_->detach(multi_);
    curl_multi_cleanup(static_cast<CURLM*>(multi_));
    curl_easy_cleanup(static_cast<CURL*>(curl_));
}

void HttpsTransport::set_interrupt(const std::atomic<bool>* interrupt, TransferWaker* waker) {
    if (waker_ != nullptr) waker_->detach(multi_);
    interrupt_ = interrupt;
    waker_ = waker;
    if (waker_ != nullptr) waker_->attach(multi_);
}

HttpResponse HttpsTransport::post_gzip_json(const std::string& path, const std::string& json_body,
                                            const UploadProgress& progress) {
    return post_gzipped_json(path, gzip_compress(json_body), progress);
}

HttpResponse HttpsTransport::post_gzipped_json(const std::string& path, const std::string& gzip_body,
                                               const UploadProgress& progress) {
    return perform(path, &gzip_body, progress);
}

HttpResponse HttpsTransport::get(const std::string& path, std::chrono::seconds may_wait) {
    return perform(path, nullptr, {}, may_wait);
}

HttpResponse HttpsTransport::perform(const std::string& path, const std::string* gzip_body,
                                     const UploadProgress& progress, std::chrono::seconds may_wait) {
    auto* curl = static_cast<CURL*>(curl_);
    curl_easy_reset(curl);  // keeps the connection and TLS session caches, clears options
    Transfer transfer;
    transfer.cancel = cancel_;
    const std::atomic<bool>* interrupt = may_wait.count() > 0 ? interrupt_ : nullptr;
    transfer.progress = &progress;
    const std::string url = tls_.server_url + path;

    set(curl, CURLOPT_URL, url);
    set(curl, CURLOPT_PROTOCOLS_STR, std::string{"https"});
    set(curl, CURLOPT_REDIR_PROTOCOLS_STR, std::string{"https"});
    // A redirect is never followed: it would send the body (a batch, the enrolment token) to
    // an address nobody configured. The 3xx comes back to the caller, which reports it.
    set(curl, CURLOPT_FOLLOWLOCATION, 0L);
    set(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    set(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    set(curl, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    // "" is libcurl's word for "no proxy", which also stops it reading HTTPS_PROXY, ALL_PROXY
    // and NO_PROXY from the environment.
    set(curl, CURLOPT_PROXY, tls_.proxy);
    if (!tls_.ca_file.empty()) {
        set(curl, CURLOPT_CAINFO, tls_.ca_file);
        // Debian's libcurl also trusts every CA in /etc/ssl/certs (its CApath) unless told not to.
        curl_easy_setopt(curl, CURLOPT_CAPATH, nullptr);
    }
    if (!tls_.pinned_public_key.empty()) set(curl, CURLOPT_PINNEDPUBLICKEY, tls_.pinned_public_key);
    if (!tls_.client_certificate.empty()) {
        set(curl, CURLOPT_SSLCERT, tls_.client_certificate);
        set(curl, CURLOPT_SSLKEY, tls_.client_key);
    }
    set(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeouts_.connect.count()));
    set(curl, CURLOPT_LOW_SPEED_LIMIT, timeouts_.low_speed_bytes);
    // A long poll is silent until something changes: that silence is not a stall.
    set(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>((timeouts_.low_speed_time + may_wait).count()));
    set(curl, CURLOPT_TIMEOUT, static_cast<long>((timeouts_.total + may_wait).count()));
    set(curl, CURLOPT_NOSIGNAL, 1L);  // the worker is a thread; signals belong to the process
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    set(curl, CURLOPT_NOPROGRESS, 0L);

    curl_slist* headers = nullptr;
    // Enrolment is the one request made before the device has a token.
    if (!authorization_.empty()) headers = curl_slist_append(headers, authorization_.c_str());
    headers = curl_slist_append(headers, "Accept: application/json");
    if (gzip_body != nullptr) {
        headers = curl_slist_append(headers, "Content-Type: application/json");
        headers = curl_slist_append(headers, "Content-Encoding: gzip");
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, gzip_body->data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(gzip_body->size()));
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    const auto code = static_cast<CURLcode>(run_transfer(interrupt));
    curl_slist_free_all(headers);
    // The header list is freed; make sure the handle no longer points at it.
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);

    if (code != CURLE_OK) {
        if (code == CURLE_ABORTED_BY_CALLBACK) {
            if (cancel_ != nullptr && cancel_->load()) throw TransportError(FailureKind::Cancelled, "sync was cancelled");
            throw TransportError(FailureKind::Interrupted, "the wait for changes ended: something to send");
        }
        const std::string what = std::string{"the sync server could not be reached: "} + curl_easy_strerror(code);
        if (transfer.too_big) throw TransportError(FailureKind::Retryable, "the sync server's answer was too large");
        throw TransportError(is_configuration_failure(code) ? FailureKind::Configuration : FailureKind::Retryable,
                             what);
    }
    HttpResponse response;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    curl_off_t retry_after = 0;
    // libcurl reads both forms of Retry-After (seconds, or an HTTP date) for us.
    if (curl_easy_getinfo(curl, CURLINFO_RETRY_AFTER, &retry_after) == CURLE_OK && retry_after > 0) {
        response.retry_after = std::chrono::seconds{retry_after};
    }
    response.body = std::move(transfer.body);
    return response;
}

// curl_easy_perform's loop, written out so that a TransferWaker can end the wait: perform, then
// wait on the sockets (and the waker) until libcurl or a wake has something, and look at the
// flags each time. Same options, same limits: only who runs the loop changes.
int HttpsTransport::run_transfer(const std::atomic<bool>* interrupt) {
    auto* curl = static_cast<CURL*>(curl_);
    auto* multi = static_cast<CURLM*>(multi_);
    if (const CURLMcode added = curl_multi_add_handle(multi, curl); added != CURLM_OK) multi_failed(added);
    CURLcode result = CURLE_OK;
    CURLMcode failed = CURLM_OK;
    for (;;) {
        int running = 0;
        failed = curl_multi_perform(multi, &running);
        if (failed != CURLM_OK) break;
        if (running == 0) {
            int left = 0;
            while (const CURLMsg* message = curl_multi_info_read(multi, &left)) {
                if (message->msg == CURLMSG_DONE && message->easy_handle == curl) result = message->data.result;
            }
            break;
        }
        // Leaving the transfer unfinished costs its connection, as an abort from a callback does.
        if ((cancel_ != nullptr && cancel_->load()) || (interrupt != nullptr && interrupt->load())) {
            result = CURLE_ABORTED_BY_CALLBACK;
            break;
        }
        failed = curl_multi_poll(multi, nullptr, 0, kLongestWaitMs, nullptr);
        if (failed != CURLM_OK) break;
    }
    curl_multi_remove_handle(multi, curl);
    if (failed != CURLM_OK) multi_failed(failed);
    return result;
}

}  // namespace kiosk::sync
