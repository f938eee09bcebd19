#pragma once
// One TLS connection: handshake, then requests one after another (keep-alive), each read
// under the limits of http_limits.hpp and a deadline for the whole request. Everything is
// asynchronous, so a connection that sends slowly holds a socket and a few kilobytes, never a
// thread. Handlers that need the database run on the worker pool; the answer is written back
// on the connection's strand.
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>

#include "sync/server/change_signal.hpp"
#include "sync/server/connection_limits.hpp"
#include "sync/server/http_limits.hpp"
#include "sync/server/router.hpp"

namespace kiosk::sync::server {

// What every connection shares; owned by SyncServer, which outlives its sessions.
struct ServerContext {
    HttpLimits limits;
    boost::asio::ssl::context& tls;
    ConnectionLimits& connections;
    Router& router;
    boost::asio::thread_pool& workers;
    // Wakes held long polls when a change commits.
    ChangeSignal& changes;
};

void start_session(boost::asio::ip::tcp::socket socket, ConnectionSlot slot, ServerContext& context);

}  // namespace kiosk::sync::server
