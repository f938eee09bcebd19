#include "sync/server/connection_limits.hpp"

namespace kiosk::sync::server {

ConnectionSlot::ConnectionSlot(ConnectionSlot&& other) noexcept
    : limits_(other.limits_), address_(std::move(other.address_)) {
    other.limits_ = nullptr;
}

ConnectionSlot::~ConnectionSlot() {
    if (limits_ != nullptr) limits_->release(address_);
}

BodyReservation::BodyReservation(BodyReservation&& other) noexcept : limits_(other.limits_), bytes_(other.bytes_) {
    other.limits_ = nullptr;
}

BodyReservation& BodyReservation::operator=(BodyReservation&& other) noexcept {
    if (this != &other) {
        if (limits_ != nullptr) limits_->release_body(bytes_);
        limits_ = other.limits_;
        bytes_ = other.bytes_;
        other.limits_ = nullptr;
    }
    return *this;
}

BodyReservation::~BodyReservation() {
    if (limits_ != nullptr) limits_->release_body(bytes_);
}

std::optional<ConnectionSlot> ConnectionLimits::admit(const std::string& address) {
    const std::lock_guard lock(mutex_);
    std::size_t& mine = per_address_[address];
    if (total_ >= limits_.max_connections || mine >= limits_.max_connections_per_address) {
        if (mine == 0) per_address_.erase(address);
        ++refused_;
        return std::nullopt;
    }
    ++mine;
    ++total_;
    return ConnectionSlot(*this, address);
}

std::optional<BodyReservation> ConnectionLimits::reserve_body(std::size_t bytes) {
    const std::lock_guard lock(mutex_);
    if (body_bytes_ + bytes > limits_.max_bodies_in_flight_bytes) return std::nullopt;
    body_bytes_ += bytes;
    return BodyReservation(*this, bytes);
}

std::size_t ConnectionLimits::connections() const {
    const std::lock_guard lock(mutex_);
    return total_;
}

std::size_t ConnectionLimits::refused_connections() const {
    const std::lock_guard lock(mutex_);
    return refused_;
}

void ConnectionLimits::release(const std::string& address) {
    const std::lock_guard lock(mutex_);
    --total_;
    const auto it = per_address_.find(address);
    if (it != per_address_.end() && --it->second == 0) per_address_.erase(it);
}

void ConnectionLimits::release_body(std::size_t bytes) {
    const std::lock_guard lock(mutex_);
    body_bytes_ -= bytes;
}

}  // namespace kiosk::sync::server
