#pragma once
// Accepts TCP connections and hands each to a session, unless the server already holds its
// most connections in all or from that peer address: then the socket is closed at once,
// before a TLS handshake costs anything.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <memory>

#include "sync/server/session.hpp"

namespace kiosk::sync::server {

class Listener : public std::enable_shared_from_this<Listener> {
public:
    // Binds and listens; throws std::runtime_error when the address cannot be had.
    Listener(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& endpoint, ServerContext& context);
    int port() const;
    void run();

private:
    void accept();
    void on_accept(boost::system::error_code ec, boost::asio::ip::tcp::socket socket);

    boost::asio::io_context& io_;
    boost::asio::ip::tcp::acceptor acceptor_;
    boost::asio::steady_timer pause_;
    ServerContext& context_;
};

}  // namespace kiosk::sync::server
