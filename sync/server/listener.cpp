#include "sync/server/listener.hpp"

#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>

#include <stdexcept>

namespace kiosk::sync::server {
namespace net = boost::asio;
using tcp = net::ip::tcp;

Listener::Listener(net::io_context& io, const tcp::endpoint& endpoint, ServerContext& context)
    : io_(io), acceptor_(net::make_strand(io)), pause_(acceptor_.get_executor()), context_(context) {
    boost::system::error_code ec;
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
    if (ec) throw std::runtime_error("cannot listen on " + endpoint.address().to_string() + ":" +
                                     std::to_string(endpoint.port()) + " (" + ec.message() + ")");
}

int Listener::port() const { return acceptor_.local_endpoint().port(); }

void Listener::run() {
    net::dispatch(acceptor_.get_executor(), boost::beast::bind_front_handler(&Listener::accept, shared_from_this()));
}

void Listener::accept() {
    acceptor_.async_accept(net::make_strand(io_),
                           boost::beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(boost::system::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted) return;
    if (ec) {
        // Out of descriptors or memory: accepting again at once would spin; breathe first.
        pause_.expires_after(std::chrono::milliseconds{100});
        pause_.async_wait([self = shared_from_this()](boost::system::error_code) { self->accept(); });
        return;
    }
    boost::system::error_code ignored;
    const auto peer = socket.remote_endpoint(ignored);
    if (auto slot = context_.connections.admit(peer.address().to_string())) {
        // Answers are written in one go; Nagle would hold each back for a delayed ACK.
        socket.set_option(tcp::no_delay(true), ignored);
        start_session(std::move(socket), std::move(*slot), context_);
    } else {
        socket.close(ignored);
    }
    accept();
}

}  // namespace kiosk::sync::server
