// The server's HTTP request path without the socket: any bytes go through the same Beast
// parser, limits and capped gzip body (inflating_body.hpp) as a connection's, then the route
// lookup and the decoder of the body the route takes (bounded JSON, payload schemas). Every
// input ends in a request, a refusal or a ProtocolError; never a crash, a hang or memory past
// the caps. The first byte picks how the input is cut into reads, as a network would.
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <cstdint>
#include <string>

#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/server/http_limits.hpp"
#include "sync/server/inflating_body.hpp"
#include "sync/server/router.hpp"

namespace http = boost::beast::http;
using namespace kiosk::sync;
using namespace kiosk::sync::server;

namespace {

Method method_of(http::verb verb) {
    if (verb == http::verb::get) return Method::Get;
    if (verb == http::verb::post) return Method::Post;
    return Method::Other;
}

void decode_body(const Route& route, const std::string& body) {
    try {
        switch (route.endpoint) {
            case Endpoint::Push: (void)decode_push_batch(body); break;
            case Endpoint::Enrol: (void)decode_enrol_request(body); break;
            default: break;
        }
    } catch (const ProtocolError&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t piece = 1 + data[0] % 64;
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    const HttpLimits limits;
    http::request_parser<InflatingBody> parser;
    parser.header_limit(static_cast<std::uint32_t>(limits.max_header_bytes));
    parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    const Route* route = nullptr;
    std::size_t at = 0;
    boost::system::error_code ec;
    while (at < input.size() && !parser.is_done()) {
        const std::size_t n = std::min(piece, input.size() - at);
        const std::size_t used = parser.put(boost::asio::buffer(input.data() + at, n), ec);
        if (ec == http::error::need_more) {
            // Beast wants the rest of an element in one buffer: give it the whole remainder.
            ec = {};
            const std::size_t more = parser.put(boost::asio::buffer(input.data() + at, input.size() - at), ec);
            if (ec == http::error::need_more || more == 0) return 0;
            at += more;
        } else {
            at += used;
        }
        if (ec) return 0;
        if (parser.is_header_done() && route == nullptr) {
            const auto& request = parser.get();
            const std::string_view target(request.target().data(), request.target().size());
            const auto lookup = find_route(method_of(request.method()), target.substr(0, target.find('?')));
            if (lookup.route == nullptr) return 0;
            route = lookup.route;
            if (route->body == BodyKind::None) return 0;
            if (!parser.chunked() && !parser.content_length()) return 0;  // 411
            const std::size_t cap = max_body_bytes(*route, limits);
            if (parser.content_length().value_or(0) > cap + 64 * 1024) return 0;  // 413
            const std::string_view encoding(request[http::field::content_encoding].data(),
                                            request[http::field::content_encoding].size());
            if (!encoding.empty() && encoding != "gzip" && encoding != "identity") return 0;  // 415
            parser.get().body().limit = cap;
            parser.get().body().gzip = encoding == "gzip";
            parser.body_limit(cap + 64 * 1024);
        }
    }
    if (!parser.is_done() || route == nullptr) return 0;
    const std::string& body = parser.get().body().text;
    if (body.size() > max_body_bytes(*route, limits)) std::abort();  // the cap did not hold
    decode_body(*route, body);
    return 0;
}
