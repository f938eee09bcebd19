#include "sync/server/session.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <array>
#include <limits>
#include <memory>
#include <optional>

#include "kiosk/log/log.hpp"
#include "sync/server/inflating_body.hpp"

namespace kiosk::sync::server {
namespace {
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

// Room for the header block and a read-ahead of body bytes; a longer single element (a header
// line, a chunk-size line) fails the read instead of growing the buffer.
constexpr std::size_t kReadBufferBytes = 64 * 1024;
// gzip of incompressible bytes is a little larger than the bytes: the wire may carry that much
// more than the inflated cap.
constexpr std::size_t kGzipSlackBytes = 64 * 1024;
constexpr std::chrono::seconds kShutdownDeadline{2};
// After refusing a request whose body was not read, the rest of the body is read and dropped
// for a moment before closing: closing at once would reset the connection under a client still
// sending, and it would never see the answer. Bounded in time and bytes.
constexpr std::chrono::seconds kLingerDeadline{2};
constexpr std::size_t kLingerBytes = 4 * 1024 * 1024;

std::string_view view(beast::string_view text) { return {text.data(), text.size()}; }

Method method_of(http::verb verb) {
    if (verb == http::verb::get) return Method::Get;
    if (verb == http::verb::post) return Method::Post;
    return Method::Other;
}

class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket&& socket, ConnectionSlot slot, ServerContext& context)
        : context_(context), stream_(std::move(socket), context.tls), slot_(std::move(slot)),
          buffer_(kReadBufferBytes), timer_(stream_.get_executor()), hold_timer_(stream_.get_executor()) {}

    void start() {
        net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::handshake, shared_from_this()));
    }

private:
    void handshake() {
        beast::get_lowest_layer(stream_).expires_after(context_.limits.handshake_deadline);
        stream_.async_handshake(net::ssl::stream_base::server,
                                beast::bind_front_handler(&Session::on_handshake, shared_from_this()));
    }

    void on_handshake(beast::error_code ec) {
        if (ec) return close_now();
        read_request();
    }

    void read_request() {
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(context_.limits.max_header_bytes));
        // No body limit while the header is read: Beast would refuse an over-long
        // Content-Length there as a parse error; on_header answers it 413 itself. (Not
        // boost::none: Beast 1.74 compares a Content-Length with that as larger than none.)
        parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
        reservation_ = {};
        keep_alive_ = false;
        route_ = nullptr;
        log_detail_.clear();
        started_ = std::chrono::steady_clock::now();
        // One deadline for the whole request, headers and body: it is not renewed as bytes
        // trickle in, so sending a byte now and then does not keep a connection.
        beast::get_lowest_layer(stream_).expires_after(context_.limits.request_deadline);
        http::async_read_header(stream_, buffer_, *parser_,
                                beast::bind_front_handler(&Session::on_header, shared_from_this()));
    }

    void on_header(beast::error_code ec, std::size_t) {
        started_ = std::chrono::steady_clock::now();
        if (ec == http::error::header_limit) return refuse(431, "the request's headers are too large");
        if (ec) {
            // Malformed HTTP gets a clear 400; a peer that went away, stopped sending or broke
            // the TLS layer gets nothing, there being no one to read it.
            const bool malformed = ec.category() == http::make_error_code(http::error::bad_target).category() &&
                                   ec != http::error::end_of_stream && ec != http::error::partial_message;
            if (malformed) return refuse(400, "the request is not HTTP this server understands");
            return close_now();
        }
        const auto& request = parser_->get();
        const std::string_view target = view(request.target());
        const auto question = target.find('?');
        path_ = std::string(target.substr(0, question));
        query_ = question == std::string_view::npos ? std::string{} : std::string(target.substr(question + 1));
        const RouteLookup lookup = find_route(method_of(request.method()), path_);
        if (lookup.route == nullptr) {
            return lookup.path_known ? refuse(405, "this path does not take that method")
                                     : refuse(404, "no such endpoint");
        }
        route_ = lookup.route;
        const bool has_body = parser_->chunked() || parser_->content_length().value_or(0) > 0;
        if (route_->body == BodyKind::None) {
            if (has_body) return refuse(400, "this request takes no body");
            return dispatch();
        }
        // A request body without a length or chunked coding runs until the connection closes;
        // such bodies are refused rather than read to an unknown end.
        if (!parser_->chunked() && !parser_->content_length()) {
            return refuse(411, "a request body needs Content-Length or chunked transfer coding");
        }
        const std::string_view encoding = view(request[http::field::content_encoding]);
        if (!encoding.empty() && encoding != "gzip" && encoding != "identity") {
            return refuse(415, "the only content coding this server takes is gzip");
        }
        const std::size_t limit = max_body_bytes(*route_, context_.limits);
        if (parser_->content_length().value_or(0) > limit + kGzipSlackBytes) {
            return refuse(413, "the request body is larger than " + std::to_string(limit) + " bytes");
        }
        // The inflated text may be allocated up to twice its cap while it grows.
        auto reservation = context_.connections.reserve_body(2 * limit);
        if (!reservation) return refuse(503, "the server is busy; try again shortly", 1);
        reservation_ = std::move(*reservation);
        parser_->get().body().limit = limit;
        parser_->get().body().gzip = encoding == "gzip";
        parser_->body_limit(limit + kGzipSlackBytes);
        if (beast::iequals(request[http::field::expect], "100-continue")) {
            auto cont = std::make_shared<http::response<http::empty_body>>(http::status::continue_, request.version());
            return http::async_write(stream_, *cont,
                                     [self = shared_from_this(), cont](beast::error_code error, std::size_t) {
                                         if (error) return self->close_now();
                                         self->read_body();
                                     });
        }
        read_body();
    }

    void read_body() {
        http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_body, shared_from_this()));
    }

    void on_body(beast::error_code ec, std::size_t) {
        if (ec == http::error::body_limit) {
            return refuse(413, "the request body is larger than " +
                                   std::to_string(max_body_bytes(*route_, context_.limits)) +
                                   " bytes once decompressed");
        }
        if (ec == bad_gzip_error()) return refuse(400, "the request body is not valid gzip");
        if (ec) return close_now();  // the deadline passed, or the peer went away mid-body
        dispatch();
    }

    void dispatch() {
        // The deadline bounds what the peer sends; the handler's time is the server's own.
        beast::get_lowest_layer(stream_).expires_never();
        auto& message = parser_->get();
        keep_alive_ = message.keep_alive();
        ApiRequest request;
        request.path = path_;
        request.query = query_;
        request.body = std::move(message.body().text);
        const std::string_view authorization = view(message[http::field::authorization]);
        constexpr std::string_view kBearer = "Bearer ";
        if (authorization.size() > kBearer.size() && authorization.substr(0, kBearer.size()) == kBearer) {
            request.bearer_token = std::string(authorization.substr(kBearer.size()));
        }
        parser_.reset();
        if (route_->answer_on_io_thread) return send(context_.router.handle(*route_, request));
        net::post(context_.workers, [self = shared_from_this(), request = std::move(request)]() mutable {
            ApiResponse response = self->context_.router.handle(*self->route_, request);
            net::post(self->stream_.get_executor(), [self, response = std::move(response)]() mutable {
                self->answer(std::move(response));
            });
        });
    }

    void answer(ApiResponse response) {
        if (!response.log_detail.empty()) log_detail_ = response.log_detail;
        if (response.delivery == ApiResponse::Delivery::Hold) return hold(std::move(response));
        send(std::move(response));
    }

    // A long poll with nothing new: the connection waits on a timer and the change signal,
    // holding no thread (docs/sync-api.md, "The venue"). The read deadline stays off (set in
    // dispatch); hold_until, at most 25 s away, bounds the wait instead.
    void hold(ApiResponse response) {
        held_ = std::move(response);
        hold_timer_.expires_at(held_->hold_until);
        hold_timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
            self->on_hold_wake(ec != net::error::operation_aborted);
        });
        // Registered after the timer waits, so a wake that comes at once finds it to cancel.
        const std::weak_ptr<Session> weak = shared_from_this();
        subscription_ = context_.changes.subscribe(held_->seen_generation, [weak] {
            if (auto self = weak.lock()) {
                net::post(self->stream_.get_executor(), [self] { self->hold_timer_.cancel(); });
            }
        });
    }

    void on_hold_wake(bool deadline) {
        context_.changes.unsubscribe(subscription_);
        subscription_ = 0;
        if (!held_) return;  // a late cancel after the answer went
        auto held = std::make_shared<ApiResponse>(std::move(*held_));
        held_.reset();
        net::post(context_.workers, [self = shared_from_this(), held, deadline]() mutable {
            ApiResponse response = resume_held(*held, deadline);
            net::post(self->stream_.get_executor(), [self, response = std::move(response)]() mutable {
                self->answer(std::move(response));
            });
        });
    }

    static ApiResponse resume_held(const ApiResponse& held, bool deadline) noexcept {
        try {
            ApiResponse next = held.resume(deadline);
            if (next.delivery == ApiResponse::Delivery::Hold) {
                if (!next.resume) next.resume = held.resume;
                if (next.hold_place == nullptr) next.hold_place = held.hold_place;
            }
            return next;
        } catch (...) {
            // resume goes through the router's own error handling; this is a last resort.
            return ApiResponse::error(500, "internal error");
        }
    }

    void refuse(int status, const std::string& sentence, std::optional<int> retry_after = std::nullopt) {
        // The rest of the request is not read, so the connection cannot carry another one.
        keep_alive_ = false;
        linger_ = true;
        ApiResponse response = ApiResponse::error(status, sentence);
        response.retry_after_seconds = retry_after;
        send(std::move(response));
    }

    // One line per request answered (docs/operations.md, "Logs"): the endpoint, the status, how
    // long from its headers to its answer, and the device and kind counts the handler named. A
    // load balancer's probes (ping, healthz) are logged only when they fail.
    void log_request(int status) const {
        const bool probe = route_ != nullptr && (route_->endpoint == Endpoint::Ping || route_->endpoint == Endpoint::Health);
        if (probe && status == 200) return;
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started_);
        std::string line = "request ";
        line += route_ != nullptr ? endpoint_name(route_->endpoint) : std::string_view{"-"};
        line += " status=" + std::to_string(status) + " ms=" + std::to_string(ms.count());
        if (!log_detail_.empty()) line += " " + log_detail_;
        log::info(line);
    }

    void send(ApiResponse response) {
        log_request(response.status);
        reservation_ = {};
        if (response.close) keep_alive_ = false;
        beast::get_lowest_layer(stream_).expires_after(context_.limits.write_deadline);
        if (response.delivery != ApiResponse::Delivery::Whole) return misbehave(response);
        auto message = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(response.status), 11);
        message->set(http::field::server, "contact-sync-server");
        if (!response.body.empty()) message->set(http::field::content_type, response.content_type);
        if (response.retry_after_seconds) message->set(http::field::retry_after, std::to_string(*response.retry_after_seconds));
        if (!response.location.empty()) message->set(http::field::location, response.location);
        message->body() = std::move(response.body);
        message->keep_alive(keep_alive_);
        message->prepare_payload();
        http::async_write(stream_, *message,
                          [self = shared_from_this(), message](beast::error_code ec, std::size_t) {
                              if (ec) return self->close_now();
                              if (self->linger_) return self->linger(0);
                              if (!message->keep_alive()) return self->shutdown();
                              self->read_request();
                          });
    }

    // Test faults (fault_plan.hpp): a status line and headers, then a cut or a stall.
    void misbehave(const ApiResponse& response) {
        const bool stall = response.delivery == ApiResponse::Delivery::Stall;
        auto raw = std::make_shared<std::string>(
            std::string{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "} +
            (stall ? "1024\r\n\r\n{" : "4096\r\n\r\n"));
        const auto stall_for = response.stall_for;
        net::async_write(stream_, net::buffer(*raw),
                         [self = shared_from_this(), raw, stall, stall_for](beast::error_code ec, std::size_t) {
                             if (ec || !stall) return self->close_now();
                             beast::get_lowest_layer(self->stream_).expires_never();
                             self->timer_.expires_after(stall_for);
                             self->timer_.async_wait([self](beast::error_code) { self->close_now(); });
                         });
    }

    void linger(std::size_t dropped) {
        if (dropped == 0) beast::get_lowest_layer(stream_).expires_after(kLingerDeadline);
        if (dropped >= kLingerBytes) return close_now();
        stream_.async_read_some(net::buffer(drain_),
                                [self = shared_from_this(), dropped](beast::error_code ec, std::size_t n) {
                                    if (ec) return self->close_now();
                                    self->linger(dropped + n);
                                });
    }

    void shutdown() {
        beast::get_lowest_layer(stream_).expires_after(kShutdownDeadline);
        stream_.async_shutdown([self = shared_from_this()](beast::error_code) { self->close_now(); });
    }

    void close_now() {
        beast::error_code ignored;
        auto& socket = beast::get_lowest_layer(stream_).socket();
        socket.shutdown(tcp::socket::shutdown_both, ignored);
        socket.close(ignored);
    }

    ServerContext& context_;
    beast::ssl_stream<beast::tcp_stream> stream_;
    ConnectionSlot slot_;
    beast::flat_buffer buffer_;
    net::steady_timer timer_;
    net::steady_timer hold_timer_;
    std::optional<ApiResponse> held_;
    std::uint64_t subscription_ = 0;
    std::optional<http::request_parser<InflatingBody>> parser_;
    BodyReservation reservation_;
    const Route* route_ = nullptr;
    std::chrono::steady_clock::time_point started_{};
    std::string log_detail_;
    std::string path_;
    std::string query_;
    bool keep_alive_ = false;
    bool linger_ = false;
    std::array<char, 16 * 1024> drain_{};
};

}  // namespace

void start_session(tcp::socket socket, ConnectionSlot slot, ServerContext& context) {
    std::make_shared<Session>(std::move(socket), std::move(slot), context)->start();
}

}  // namespace kiosk::sync::server
