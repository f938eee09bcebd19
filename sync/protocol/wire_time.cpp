#include "sync/protocol/wire_time.hpp"

#include <date/date.h>

#include <charconv>
#include <string_view>

namespace kiosk::sync {

namespace {
// Exactly "YYYY-MM-DDTHH:MM:SSZ", digits where digits go. (date::parse's %S accepted
// fractions such as ",0", and on some converted an out-of-range long double to an integer:
// undefined behaviour, found by fuzz_push_batch.)
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
    // The shape is fixed, so each field is read where it stands; the date library checks the
    // calendar and counts the days. (An istringstream with date::parse cost a few microseconds
    // per record, and the server reads one per record it receives.)
    const auto field = [&text](std::size_t at, std::size_t length) {
        int value = 0;
        std::from_chars(text.data() + at, text.data() + at + length, value);
        return value;
    };
    const date::year_month_day day{date::year{field(0, 4)}, date::month{static_cast<unsigned>(field(5, 2))},
                                   date::day{static_cast<unsigned>(field(8, 2))}};
    const int hours = field(11, 2);
    const int minutes = field(14, 2);
    const int seconds = field(17, 2);
    if (!day.ok() || hours > 23 || minutes > 59 || seconds > 59) return std::nullopt;
    return core::Timestamp{date::sys_days{day}} + std::chrono::hours{hours} + std::chrono::minutes{minutes} +
           std::chrono::seconds{seconds};
}

}  // namespace kiosk::sync
