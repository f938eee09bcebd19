#pragma once
// Rules for running a session on the day: why it may end early, and the order and spacing
// in which the parties leave (staggered departure).
#include <chrono>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "kiosk/core/session.hpp"

namespace kiosk::core {

enum class EndedEarlyReason {
    ChildDistressed,
    ChildAskedToStop,
    ParentLeft,
    ParentUnwell,
    ParentUnderInfluence,
    UnsafeBehaviour,
    AgreementBroken,
    Emergency,
    Other,
};
std::string_view to_string(EndedEarlyReason reason);
std::optional<EndedEarlyReason> parse_ended_early_reason(std::string_view text);
// Every reason, in the order a list on screen shows them.
std::span<const EndedEarlyReason> ended_early_reasons();
// English label for the list ("The child was distressed").
std::string_view reason_label(EndedEarlyReason reason);

// Words are always welcome and required for "Other"; returns the problem, if any.
std::optional<std::string_view> check_ended_early(EndedEarlyReason reason, std::string_view words);

struct DepartureStep {
    Party party = Party::Family;
    std::chrono::minutes wait_before{0};  // after the previous party has left
};

inline constexpr std::chrono::minutes kDefaultDepartureGap{10};
// Parties in leave_order (1 first); everyone after the first waits `gap` after the one before.
std::vector<DepartureStep> departure_plan(std::span<const ArrivalWindow> windows,
                                          std::chrono::minutes gap = kDefaultDepartureGap);

}  // namespace kiosk::core
