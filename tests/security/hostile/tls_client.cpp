#include "tests/security/hostile/tls_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <zlib.h>

#include <array>

namespace kiosk::testing {
namespace net = boost::asio;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;

std::string http_request(const std::string& method, const std::string& path, const std::vector<std::string>& headers,
                         const std::string& body, bool content_length) {
    std::string out = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto& h : headers) out += h + "\r\n";
    if (content_length && method == "POST") out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

namespace {
std::string deflate_gzip(const std::function<std::size_t(unsigned char*, std::size_t)>& source) {
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    std::string out;
    std::array<unsigned char, 1 << 16> in{};
    std::array<unsigned char, 1 << 16> chunk{};
    int flush = Z_NO_FLUSH;
    do {
        const std::size_t n = source(in.data(), in.size());
        flush = n == 0 ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = in.data();
        z.avail_in = static_cast<uInt>(n);
        do {
            z.next_out = chunk.data();
            z.avail_out = static_cast<uInt>(chunk.size());
            deflate(&z, flush);
            out.append(reinterpret_cast<const char*>(chunk.data()), chunk.size() - z.avail_out);
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}
}  // namespace

std::string gzip_of_zeros(std::size_t bytes) {
    std::size_t left = bytes;
    return deflate_gzip([&left](unsigned char* buffer, std::size_t size) {
        const std::size_t n = std::min(left, size);
        std::fill_n(buffer, n, 0);
        left -= n;
        return n;
    });
}

std::string gzip_of(std::string_view text) {
    return deflate_gzip([&text](unsigned char* buffer, std::size_t size) {
        const std::size_t n = std::min(text.size(), size);
        std::copy_n(text.data(), n, buffer);
        text.remove_prefix(n);
        return n;
    });
}

struct TlsClient::Impl {
    Impl(int port_number, std::string from_address) : port(port_number), from(std::move(from_address)) {
        tls.set_verify_mode(net::ssl::verify_none);  // the server is the one under test here
    }

    // Runs the io_context until `done` or the timeout; on a timeout the socket is closed and
    // the pending operations are let finish with their errors.
    bool run_until(const bool& done, std::chrono::milliseconds timeout) {
        io.restart();
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (!done && std::chrono::steady_clock::now() < deadline) {
            io.run_one_for(deadline - std::chrono::steady_clock::now());
        }
        if (done) return true;
        boost::system::error_code ignored;
        stream.lowest_layer().close(ignored);
        io.restart();
        io.run();
        return false;
    }

    std::optional<HttpAnswer> read_answer(std::chrono::milliseconds timeout) {
        bool done = false;
        bool ok = false;
        http::response<http::string_body> response;
        http::async_read(stream, buffer, response, [&](boost::system::error_code ec, std::size_t) {
            ok = !ec;
            done = true;
        });
        if (!run_until(done, timeout) || !ok) return std::nullopt;
        return HttpAnswer{static_cast<int>(response.result_int()), response.body()};
    }

    int port;
    std::string from;
    net::io_context io;
    net::ssl::context tls{net::ssl::context::tls_client};
    net::ssl::stream<tcp::socket> stream{io, tls};
    boost::beast::flat_buffer buffer;
};

TlsClient::TlsClient(int port, std::string from_address) : impl_(std::make_unique<Impl>(port, std::move(from_address))) {}

TlsClient::~TlsClient() {
    boost::system::error_code ignored;
    impl_->stream.lowest_layer().close(ignored);
}

bool TlsClient::open(std::chrono::milliseconds timeout) {
    auto& socket = impl_->stream.lowest_layer();
    boost::system::error_code ec;
    socket.open(tcp::v4(), ec);
    // Another loopback address stands for another machine on the network.
    if (!ec) socket.bind(tcp::endpoint{net::ip::make_address(impl_->from), 0}, ec);
    if (ec) return false;
    bool done = false;
    bool ok = false;
    socket.async_connect(tcp::endpoint{net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(impl_->port)},
                         [&](boost::system::error_code error) {
                             if (error) {
                                 done = true;
                                 return;
                             }
                             impl_->stream.async_handshake(net::ssl::stream_base::client,
                                                           [&](boost::system::error_code e) {
                                                               ok = !e;
                                                               done = true;
                                                           });
                         });
    return impl_->run_until(done, timeout) && ok;
}

bool TlsClient::send(std::string_view bytes, std::chrono::milliseconds timeout) {
    bool done = false;
    bool ok = false;
    net::async_write(impl_->stream, net::buffer(bytes.data(), bytes.size()),
                     [&](boost::system::error_code ec, std::size_t) {
                         ok = !ec;
                         done = true;
                     });
    return impl_->run_until(done, timeout) && ok;
}

std::optional<HttpAnswer> TlsClient::answer(std::chrono::milliseconds timeout) { return impl_->read_answer(timeout); }

std::optional<HttpAnswer> TlsClient::stream(std::string_view head, const std::function<std::string()>& next,
                                            std::chrono::milliseconds timeout) {
    bool answered = false;
    bool ok = false;
    http::response<http::string_body> response;
    http::async_read(impl_->stream, impl_->buffer, response, [&](boost::system::error_code ec, std::size_t) {
        ok = !ec;
        answered = true;
    });
    auto piece = std::make_shared<std::string>(head);
    std::function<void()> write_next = [&, piece]() {
        if (answered || piece->empty()) return;
        net::async_write(impl_->stream, net::buffer(*piece), [&, piece](boost::system::error_code ec, std::size_t) {
            if (ec || answered) return;
            *piece = next();
            write_next();
        });
    };
    write_next();
    const bool in_time = impl_->run_until(answered, timeout);
    // A write may still be on its way; end the connection so nothing outlives this call.
    boost::system::error_code ignored;
    impl_->stream.lowest_layer().close(ignored);
    impl_->io.restart();
    impl_->io.run();
    if (!in_time || !ok) return std::nullopt;
    return HttpAnswer{static_cast<int>(response.result_int()), response.body()};
}

bool TlsClient::closed_within(std::chrono::milliseconds timeout) {
    bool closed = false;
    std::array<char, 4096> scratch{};
    std::function<void()> read_more = [&]() {
        impl_->stream.async_read_some(net::buffer(scratch), [&](boost::system::error_code ec, std::size_t) {
            if (ec) {
                closed = true;
                return;
            }
            read_more();
        });
    };
    read_more();
    return impl_->run_until(closed, timeout);
}

bool TlsClient::trickle_until_closed(const std::function<std::string(int)>& line, std::chrono::milliseconds interval,
                                     std::chrono::milliseconds timeout) {
    bool closed = false;
    std::array<char, 4096> scratch{};
    std::function<void()> read_more = [&]() {
        impl_->stream.async_read_some(net::buffer(scratch), [&](boost::system::error_code ec, std::size_t) {
            if (ec) {
                closed = true;
                return;
            }
            read_more();
        });
    };
    net::steady_timer timer(impl_->io);
    auto text = std::make_shared<std::string>();
    int n = 0;
    std::function<void()> send_next = [&]() {
        timer.expires_after(interval);
        timer.async_wait([&](boost::system::error_code ec) {
            if (ec || closed) return;
            *text = line(n++);
            net::async_write(impl_->stream, net::buffer(*text), [&](boost::system::error_code error, std::size_t) {
                if (error) {
                    closed = true;
                    return;
                }
                send_next();
            });
        });
    };
    read_more();
    send_next();
    const bool in_time = impl_->run_until(closed, timeout);
    boost::system::error_code ignored;
    timer.cancel();
    impl_->stream.lowest_layer().close(ignored);
    impl_->io.restart();
    impl_->io.run();
    return in_time;
}

std::optional<HttpAnswer> https_request(int port, const std::string& raw, std::chrono::milliseconds timeout) {
    TlsClient client(port);
    if (!client.open(timeout) || !client.send(raw, timeout)) return std::nullopt;
    return client.answer(timeout);
}

}  // namespace kiosk::testing
