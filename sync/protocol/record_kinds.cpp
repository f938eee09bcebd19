#include "sync/protocol/record_kinds.hpp"

#include <array>

namespace kiosk::sync {

bool is_known_record_kind(std::string_view kind) {
    // record_addendum and record_review are what the staff face queues (RecordService);
    // "addendum" stays for devices that already sent it under that name.
    static constexpr std::array<std::string_view, 13> kKinds{
        "check_in", "attendance", "observation_record", "addendum",     "record_addendum", "record_review",
        "concern",  "alert",      "feedback",           "comfort_call", "icebreaker",      "audit",
        "missed_session_notice"};
    for (const auto known : kKinds) {
        if (kind == known) return true;
    }
    return false;
}

}  // namespace kiosk::sync
