#pragma once
// A message on the wire that does not follow docs/sync-api.md. The sentence says what is wrong
// with the message (a field, a type), never what personal data it held.
#include <stdexcept>
#include <string>

namespace kiosk::sync {

class ProtocolError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace kiosk::sync
