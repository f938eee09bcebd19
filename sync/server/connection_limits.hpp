#pragma once
// Counts the connections the server holds, in all and per peer address, and the bytes the
// bodies being read may grow to. A connection over either count is closed as soon as it is
// accepted, before its TLS handshake costs anything; a body over the byte budget gets 503.
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "sync/server/http_limits.hpp"

namespace kiosk::sync::server {

class ConnectionLimits;

// One held connection; gives its place back when destroyed.
class ConnectionSlot {
public:
    ConnectionSlot(ConnectionLimits& limits, std::string address) : limits_(&limits), address_(std::move(address)) {}
    ConnectionSlot(ConnectionSlot&& other) noexcept;
    ConnectionSlot& operator=(ConnectionSlot&&) = delete;
    ConnectionSlot(const ConnectionSlot&) = delete;
    ~ConnectionSlot();

private:
    ConnectionLimits* limits_;
    std::string address_;
};

// Bytes reserved for one body while it is read and handled; given back when destroyed.
class BodyReservation {
public:
    BodyReservation() = default;
    BodyReservation(ConnectionLimits& limits, std::size_t bytes) : limits_(&limits), bytes_(bytes) {}
    BodyReservation(BodyReservation&& other) noexcept;
    BodyReservation& operator=(BodyReservation&& other) noexcept;
    BodyReservation(const BodyReservation&) = delete;
    ~BodyReservation();

private:
    ConnectionLimits* limits_ = nullptr;
    std::size_t bytes_ = 0;
};

class ConnectionLimits {
public:
    explicit ConnectionLimits(const HttpLimits& limits) : limits_(limits) {}

    // Nothing when the server already holds its most connections, or this address its most.
    std::optional<ConnectionSlot> admit(const std::string& address);
    // Nothing when the bodies in flight would pass their budget.
    std::optional<BodyReservation> reserve_body(std::size_t bytes);

    std::size_t connections() const;
    std::size_t refused_connections() const;

private:
    friend class ConnectionSlot;
    friend class BodyReservation;
    void release(const std::string& address);
    void release_body(std::size_t bytes);

    const HttpLimits limits_;
    mutable std::mutex mutex_;
    std::size_t total_ = 0;
    std::size_t refused_ = 0;
    std::size_t body_bytes_ = 0;
    std::map<std::string, std::size_t> per_address_;
};

}  // namespace kiosk::sync::server
