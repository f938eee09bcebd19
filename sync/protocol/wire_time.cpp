#include "sync/protocol/wire_time.hpp"

#include <date/date.h>

#include <sstream>
#include <string_view>

namespace kiosk::sync {

namespace {
// Exactly "YYYY-MM-DDTHH:MM:SSZ", checked before the date library reads it: its %S accepts
// fractions such as ",0", and on some of them converts an out-of-range long double to an
// integer (undefined behaviour, found by fuzz_push_batch).
bool has_wire_shape(const std::string& text) {
    static constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != kShape.size()) return false;
    for (std::size_t i = 0; i < kShape.size(); ++i) {
        const bool digit = text[i] >= '0' && text[i] <= '9';
        if (kShape[i] == 'd' ? !digit : text[i] != kShape[i]) return false;
    }
    return true;
}
}  // namespace

std::optional<core::Timestamp> parse_wire_time(const std::string& text) {
    if (!has_wire_shape(text)) return std::nullopt;
    std::istringstream in(text);
    core::Timestamp t{};
    in >> date::parse("%Y-%m-%dT%H:%M:%SZ", t);
    if (in.fail()) return std::nullopt;
    // Anything after the "Z" means the text was not one timestamp.
    if (in.peek() != std::char_traits<char>::eof()) return std::nullopt;
    return t;
}

}  // namespace kiosk::sync
