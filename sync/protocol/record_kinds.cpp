#include "sync/protocol/record_kinds.hpp"

#include <array>

namespace kiosk::sync {

bool is_known_record_kind(std::string_view kind) {
    static constexpr std::array<std::string_view, 10> kKinds{
        "check_in", "attendance",   "observation_record", "addendum", "concern",
        "alert",    "feedback",     "comfort_call",       "icebreaker", "audit"};
    for (const auto known : kKinds) {
        if (kind == known) return true;
    }
    return false;
}

}  // namespace kiosk::sync
