#pragma once
// A TLS client that writes raw bytes, for sending what no well-behaved client sends: bombs,
// endless chunked bodies, headers one line at a time, from a chosen loopback address. Every
// step has its own deadline, so a test never hangs on a server that stopped answering.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::testing {

struct HttpAnswer {
    int status = 0;
    std::string body;
};

// A request's bytes: the request line, Host, the given header lines ("Name: value") and body.
std::string http_request(const std::string& method, const std::string& path, const std::vector<std::string>& headers,
                         const std::string& body = {}, bool content_length = true);
// gzip of `bytes` zero bytes, compressed as it goes (a 1 GiB bomb is about 1 MB).
std::string gzip_of_zeros(std::size_t bytes);
std::string gzip_of(std::string_view text);

class TlsClient {
public:
    explicit TlsClient(int port, std::string from_address = "127.0.0.1");
    TlsClient(const TlsClient&) = delete;
    TlsClient& operator=(const TlsClient&) = delete;
    ~TlsClient();

    // Connects from the chosen address and completes the TLS handshake.
    bool open(std::chrono::milliseconds timeout = std::chrono::seconds{20});
    bool send(std::string_view bytes, std::chrono::milliseconds timeout = std::chrono::seconds{20});
    std::optional<HttpAnswer> answer(std::chrono::milliseconds timeout = std::chrono::seconds{30});
    // Sends `head`, then whatever `next` gives until it gives nothing, while listening for an
    // early answer: the answer, once it comes, ends the sending.
    std::optional<HttpAnswer> stream(std::string_view head, const std::function<std::string()>& next,
                                     std::chrono::milliseconds timeout = std::chrono::seconds{60});
    // True when the server closes the connection within `timeout`.
    bool closed_within(std::chrono::milliseconds timeout);
    // Sends line(0), line(1), ... one every `interval`, listening all along; true when the
    // server closed the connection within `timeout`.
    bool trickle_until_closed(const std::function<std::string(int)>& line, std::chrono::milliseconds interval,
                              std::chrono::milliseconds timeout);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// One request on a fresh connection.
std::optional<HttpAnswer> https_request(int port, const std::string& raw,
                                        std::chrono::milliseconds timeout = std::chrono::seconds{30});

}  // namespace kiosk::testing
