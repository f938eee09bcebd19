#include "sync/server/sync_server.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/ssl.h>
#include <sys/socket.h>

#include <stdexcept>

#include "sync/protocol/api_version.hpp"
#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/pull_page.hpp"
#include "sync/protocol/push_batch.hpp"

namespace kiosk::sync::server {
namespace {

constexpr int kDefaultPageSize = 200;
constexpr int kMaxPageSize = 1000;

void answer_error(httplib::Response& res, int status, const std::string& message) {
    res.status = status;
    res.set_content(nlohmann::json{{"error", message}}.dump(), "application/json");
}

std::optional<std::string> bearer_token(const httplib::Request& req) {
    const std::string header = req.get_header_value("Authorization");
    constexpr std::string_view kPrefix = "Bearer ";
    if (header.size() <= kPrefix.size() || header.compare(0, kPrefix.size(), kPrefix) != 0) return std::nullopt;
    return header.substr(kPrefix.size());
}

// Sends a few bytes, then nothing, for `for_how_long` (or until the server stops).
void stall(httplib::Response& res, std::chrono::milliseconds for_how_long, const std::atomic<bool>& stopping) {
    res.set_content_provider(1024, "application/json",
                             [for_how_long, &stopping](std::size_t, std::size_t, httplib::DataSink& sink) {
                                 sink.write("{", 1);
                                 const auto until = std::chrono::steady_clock::now() + for_how_long;
                                 while (std::chrono::steady_clock::now() < until && !stopping.load()) {
                                     std::this_thread::sleep_for(std::chrono::milliseconds{20});
                                 }
                                 return false;  // never finish: the connection is dropped
                             });
}

// Sends the status line and headers of an answer, then drops the connection.
void cut_connection(httplib::Response& res) {
    res.set_content_provider(4096, "application/json",
                             [](std::size_t, std::size_t, httplib::DataSink&) { return false; });
}

}  // namespace

struct SyncServer::Impl {
    Impl(const ServerOptions& options, ServerStore& store_ref, FaultPlan& plan, std::atomic<int>& pushes)
        : server(make_ssl_setup(options)), store(store_ref), faults(plan), push_requests(pushes) {
        if (!server.is_valid()) {
            throw std::runtime_error("the server certificate or key cannot be loaded (" +
                                     options.certificate.string() + ", " + options.private_key.string() + ")");
        }
        server.set_payload_max_length(options.max_request_bytes);
        // httplib leaves Nagle on; its header and body writes then wait for a delayed ACK,
        // about 40 ms per answer. Accepted sockets inherit TCP_NODELAY from the listener.
        server.set_socket_options([](socket_t sock) {
            httplib::default_socket_options(sock);
            const int yes = 1;
            setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof(yes));
        });
        server.set_read_timeout(10, 0);
        server.set_write_timeout(10, 0);
        const std::string prefix{kApiPrefix};
        server.Post(prefix + "/records",
                    [this](const httplib::Request& req, httplib::Response& res) { handle_push(req, res); });
        server.Get(prefix + "/changes",
                   [this](const httplib::Request& req, httplib::Response& res) { handle_pull(req, res); });
        server.Post(prefix + "/enrol",
                    [this](const httplib::Request& req, httplib::Response& res) { handle_enrol(req, res); });
        server.Get(prefix + "/audit-head", [this](const httplib::Request& req, httplib::Response& res) {
            if (const auto device = authenticate(req, res)) {
                res.set_content(encode_audit_seen(store.audit_seen(*device)), "application/json");
            }
        });
        server.Get(prefix + "/ping", [](const httplib::Request&, httplib::Response& res) {
            res.set_content(R"({"ok":true})", "application/json");
        });
    }

    static std::function<bool(SSL_CTX&)> make_ssl_setup(const ServerOptions& options) {
        return [options](SSL_CTX& ctx) {
            if (options.tls_1_1_only) {
                // OpenSSL 3 allows TLS 1.1 only at security level 0.
                SSL_CTX_set_security_level(&ctx, 0);
                SSL_CTX_set_cipher_list(&ctx, "DEFAULT:@SECLEVEL=0");
                SSL_CTX_set_min_proto_version(&ctx, TLS1_1_VERSION);
                SSL_CTX_set_max_proto_version(&ctx, TLS1_1_VERSION);
            } else {
                SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
            }
            SSL_CTX_set_options(&ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION);
            return SSL_CTX_use_certificate_chain_file(&ctx, options.certificate.c_str()) == 1 &&
                   SSL_CTX_use_PrivateKey_file(&ctx, options.private_key.c_str(), SSL_FILETYPE_PEM) == 1 &&
                   SSL_CTX_check_private_key(&ctx) == 1;
        };
    }

    std::optional<std::string> authenticate(const httplib::Request& req, httplib::Response& res) {
        const auto token = bearer_token(req);
        const auto device = token ? store.device_for_token(*token) : std::nullopt;
        if (!device) answer_error(res, 401, "unknown device token");
        return device;
    }

    // Applies a fault that comes before any work; true when the request is answered.
    bool early_fault(const std::optional<FaultStep>& fault, httplib::Response& res) {
        if (!fault) return false;
        switch (fault->fault) {
            case Fault::InternalError: answer_error(res, 500, "injected failure"); return true;
            case Fault::TooManyRequests:
                res.set_header("Retry-After", std::to_string(fault->retry_after_seconds));
                answer_error(res, 429, "slow down");
                return true;
            case Fault::Stall: stall(res, fault->stall_for, stopping); return true;
            case Fault::RedirectToHttp:
                res.status = 307;
                res.set_header("Location", fault->redirect_to);
                return true;
            default: return false;
        }
    }

    void handle_push(const httplib::Request& req, httplib::Response& res) {
        const auto device = authenticate(req, res);
        if (!device) return;
        ++push_requests;
        const auto fault = faults.take();
        if (early_fault(fault, res)) return;
        ReceivedBatch batch;
        try {
            batch = decode_push_batch(req.body);
        } catch (const ProtocolError& error) {
            answer_error(res, 400, error.what());
            return;
        }
        const std::string answer = encode_push_results(store.store_batch(std::move(batch), *device));
        if (fault && fault->fault == Fault::CutAfterStore) return cut_connection(res);
        if (fault && fault->fault == Fault::GarbageAnswer) return res.set_content("<html>proxy error</html>", "text/html");
        if (fault && fault->fault == Fault::TruncatedAnswer) {
            return res.set_content(answer.substr(0, answer.size() / 2), "application/json");
        }
        res.set_content(answer, "application/json");
    }

    // No bearer token here: the one-time enrolment token is the credential. A token that is
    // unknown or already used gets 403 and changes nothing.
    void handle_enrol(const httplib::Request& req, httplib::Response& res) {
        try {
            const auto answer = store.enrol(decode_enrol_request(req.body));
            if (!answer) return answer_error(res, 403, "the enrolment token is unknown or has already been used");
            res.set_content(encode_enrol_answer(*answer), "application/json");
        } catch (const ProtocolError& error) {
            answer_error(res, 400, error.what());
        }
    }

    void handle_pull(const httplib::Request& req, httplib::Response& res) {
        if (!authenticate(req, res)) return;
        const auto fault = faults.take();
        if (early_fault(fault, res)) return;
        int limit = kDefaultPageSize;
        if (req.has_param("limit")) {
            try {
                limit = std::stoi(req.get_param_value("limit"));
            } catch (const std::exception&) {
                limit = 0;
            }
            if (limit < 1 || limit > kMaxPageSize) return answer_error(res, 400, "limit must be 1 to 1000");
        }
        try {
            const FeedPage page = store.changes_after(req.get_param_value("after"), limit);
            if (fault && fault->fault == Fault::MalformedPage && !page.changes.empty()) {
                std::vector<std::string> broken = page.changes;
                broken.insert(broken.begin() + 1, R"({"kind":"child","data":{"id":7}})");
                return res.set_content(encode_pull_page(broken, page.cursor, page.more), "application/json");
            }
            res.set_content(encode_pull_page(page.changes, page.cursor, page.more), "application/json");
        } catch (const ProtocolError& error) {
            answer_error(res, 400, error.what());
        }
    }

    httplib::SSLServer server;
    ServerStore& store;
    FaultPlan& faults;
    std::atomic<int>& push_requests;
    std::atomic<bool> stopping{false};
};

SyncServer::SyncServer(ServerOptions options, ServerStore& store)
    : impl_(std::make_unique<Impl>(options, store, faults_, push_requests_)) {}

SyncServer::~SyncServer() { stop(); }

int SyncServer::bind(const std::string& host, int port) {
    if (port == 0) {
        const int bound = impl_->server.bind_to_any_port(host);
        if (bound <= 0) throw std::runtime_error("cannot listen on " + host);
        return bound;
    }
    if (!impl_->server.bind_to_port(host, port)) {
        throw std::runtime_error("cannot listen on " + host + ":" + std::to_string(port));
    }
    return port;
}

void SyncServer::start() {
    thread_ = std::thread([this] { impl_->server.listen_after_bind(); });
    // listen_after_bind sets is_running from its own thread; wait so stop() cannot race it.
    while (!impl_->server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds{1});
}

void SyncServer::serve_forever() { impl_->server.listen_after_bind(); }

void SyncServer::stop() {
    impl_->stopping = true;
    impl_->server.stop();
    if (thread_.joinable()) thread_.join();
}

}  // namespace kiosk::sync::server
