#include "sync/server/sync_server.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>
#include <openssl/ssl.h>

#include <csignal>
#include <stdexcept>
#include <thread>
#include <vector>

#include "sync/server/connection_limits.hpp"
#include "sync/server/handlers.hpp"
#include "sync/server/hub_role.hpp"
#include "sync/server/listener.hpp"
#include "sync/server/router.hpp"
#include "sync/server/session.hpp"

namespace kiosk::sync::server {
namespace net = boost::asio;

namespace {

net::ssl::context make_tls_context(const ServerOptions& options) {
    net::ssl::context tls{net::ssl::context::tls_server};
    SSL_CTX* ctx = tls.native_handle();
    if (options.tls_1_1_only) {
        // OpenSSL 3 allows TLS 1.1 only at security level 0.
        SSL_CTX_set_security_level(ctx, 0);
        SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
        SSL_CTX_set_min_proto_version(ctx, TLS1_1_VERSION);
        SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION);
    } else {
        SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    }
    // Renegotiation would let a client make the server redo handshakes on one connection.
    SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
    if (SSL_CTX_use_certificate_chain_file(ctx, options.certificate.c_str()) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, options.private_key.c_str(), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(ctx) != 1) {
        throw std::runtime_error("the server certificate or key cannot be loaded (" + options.certificate.string() +
                                 ", " + options.private_key.string() + ")");
    }
    return tls;
}

}  // namespace

struct SyncServer::Impl {
    Impl(const ServerOptions& opts, ReceiverStorage& store, const SealingKeyPair& sealing_keys, HubRole* hub_role,
         FaultPlan& faults, std::atomic<int>& pushes)
        : options(opts), keys(sealing_keys), hub(hub_role), tls(make_tls_context(opts)), connections(opts.limits), imported(store),
          polls(opts.polls),
          api(ApiParts{.store = store, .sealing_keys = keys, .faults = faults, .limits = opts.limits, .push_requests = pushes,
                       .feed = hub != nullptr ? hub->feed() : imported,
                       .changes = hub != nullptr ? hub->changes() : own_changes, .polls = polls, .hub = hub}),
          router(api, store, hub), workers(static_cast<std::size_t>(std::max(1, opts.worker_threads))),
          context{opts.limits, tls, connections, router, workers, hub != nullptr ? hub->changes() : own_changes},
          recheck(io) {}

    // A receiver's feed changes when `import` runs in another process, which cannot wake this
    // one: held polls look again every few seconds, and only while any are held.
    void recheck_imports() {
        recheck.expires_after(options.imported_feed_recheck);
        recheck.async_wait([this](boost::system::error_code ec) {
            if (ec) return;
            if (own_changes.waiting() > 0) own_changes.notify();
            recheck_imports();
        });
    }

    void run_threads(int count) {
        for (int i = 0; i < count; ++i) threads.emplace_back([this] { io.run(); });
    }

    void stop() {
        io.stop();
        for (auto& thread : threads) {
            if (thread.joinable() && thread.get_id() != std::this_thread::get_id()) thread.join();
        }
        threads.clear();
        // Handlers still running finish against a stopped io_context: their answers go nowhere.
        workers.stop();
        workers.join();
    }

    // Destroyed in reverse: the worker pool first (its jobs hold sessions), then the
    // io_context (whose pending handlers hold sessions, whose sockets need it), and only then
    // what sessions give back to when they die (the connection counts).
    ServerOptions options;
    const SealingKeyPair keys;
    HubRole* hub;
    net::ssl::context tls;
    ConnectionLimits connections;
    ImportedFeed imported;
    ChangeSignal own_changes;
    PollGate polls;
    SyncApi api;
    Router router;
    net::io_context io;
    net::thread_pool workers;
    ServerContext context;
    net::steady_timer recheck;
    std::shared_ptr<Listener> listener;
    std::vector<std::thread> threads;
    bool stopped = false;
};

SyncServer::SyncServer(ServerOptions options, ReceiverStorage& store, const SealingKeyPair& sealing_keys, HubRole* hub)
    : impl_(std::make_unique<Impl>(options, store, sealing_keys, hub, faults_, push_requests_)) {}

SyncServer::~SyncServer() { stop(); }

int SyncServer::bind(const std::string& host, int port) {
    if (port < 0 || port > 65535) throw std::runtime_error("the port must be 0 to 65535");
    boost::system::error_code ec;
    const auto address = net::ip::make_address(host, ec);
    if (ec) throw std::runtime_error("cannot listen on " + host + ": not an IP address");
    impl_->listener = std::make_shared<Listener>(
        impl_->io, net::ip::tcp::endpoint{address, static_cast<unsigned short>(port)}, impl_->context);
    return impl_->listener->port();
}

void SyncServer::start() {
    if (!impl_->listener) throw std::logic_error("bind before start");
    impl_->listener->run();
    if (impl_->hub == nullptr) impl_->recheck_imports();
    impl_->run_threads(std::max(1, impl_->options.io_threads));
}

void SyncServer::serve_until_signalled(const std::function<void()>& on_ready) {
    if (!impl_->listener) throw std::logic_error("bind before serve");
    net::signal_set signals(impl_->io, SIGINT, SIGTERM);
    signals.async_wait([this](boost::system::error_code, int) { impl_->io.stop(); });
    impl_->listener->run();
    if (impl_->hub == nullptr) impl_->recheck_imports();
    if (on_ready) on_ready();
    impl_->run_threads(std::max(1, impl_->options.io_threads) - 1);
    impl_->io.run();
    stop();
}

void SyncServer::stop() {
    if (impl_->stopped) return;
    impl_->stopped = true;
    impl_->stop();
}

std::size_t SyncServer::connections() const { return impl_->connections.connections(); }
std::size_t SyncServer::refused_connections() const { return impl_->connections.refused_connections(); }
std::size_t SyncServer::held_polls() const { return impl_->polls.held(); }

}  // namespace kiosk::sync::server
