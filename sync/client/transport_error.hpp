#pragma once
// Why a request did not get an answer. Retryable failures (no network, a stall, a cut
// connection) leave records queued for the next try; Configuration failures (TLS refused,
// wrong token, an http redirect) will not mend by retrying and are reported to a person.
#include <stdexcept>
#include <string>

namespace kiosk::sync {

// Interrupted: a long poll ended early because this device has something to send (not a failure).
enum class FailureKind { Retryable, Configuration, Cancelled, Interrupted };

class TransportError : public std::runtime_error {
public:
    TransportError(FailureKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    FailureKind kind() const { return kind_; }

private:
    FailureKind kind_;
};

}  // namespace kiosk::sync
