#include "sync/protocol/wire_time.hpp"

#include <date/date.h>

#include <sstream>

namespace kiosk::sync {

std::optional<core::Timestamp> parse_wire_time(const std::string& text) {
    std::istringstream in(text);
    core::Timestamp t{};
    in >> date::parse("%Y-%m-%dT%H:%M:%SZ", t);
    if (in.fail()) return std::nullopt;
    // Anything after the "Z" means the text was not one timestamp.
    if (in.peek() != std::char_traits<char>::eof()) return std::nullopt;
    return t;
}

}  // namespace kiosk::sync
