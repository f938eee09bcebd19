#include "kiosk/core/session_control.hpp"

#include <algorithm>
#include <array>

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
struct ReasonRow {
    EndedEarlyReason reason;
    std::string_view name;
    std::string_view label;
};
constexpr std::array<ReasonRow, 9> kReasons{{
    {EndedEarlyReason::ChildDistressed, "child_distressed", "The child was distressed"},
    {EndedEarlyReason::ChildAskedToStop, "child_asked_to_stop", "The child asked to stop"},
    {EndedEarlyReason::ParentLeft, "parent_left", "The parent left"},
    {EndedEarlyReason::ParentUnwell, "parent_unwell", "The parent was unwell"},
    {EndedEarlyReason::ParentUnderInfluence, "parent_under_influence", "Concern the parent was under the influence"},
    {EndedEarlyReason::UnsafeBehaviour, "unsafe_behaviour", "Behaviour that was unsafe"},
    {EndedEarlyReason::AgreementBroken, "agreement_broken", "The contact agreement was not kept"},
    {EndedEarlyReason::Emergency, "emergency", "An emergency at the venue"},
    {EndedEarlyReason::Other, "other", "Another reason"},
}};

constexpr std::array<EndedEarlyReason, 9> kOrder{
    EndedEarlyReason::ChildDistressed, EndedEarlyReason::ChildAskedToStop, EndedEarlyReason::ParentLeft,
    EndedEarlyReason::ParentUnwell,    EndedEarlyReason::ParentUnderInfluence, EndedEarlyReason::UnsafeBehaviour,
    EndedEarlyReason::AgreementBroken, EndedEarlyReason::Emergency,       EndedEarlyReason::Other,
};

const ReasonRow& row(EndedEarlyReason reason) {
    for (const auto& r : kReasons) {
        if (r.reason == reason) return r;
    }
    return kReasons.back();
}

bool has_words(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; });
}
}  // namespace

std::string_view to_string(EndedEarlyReason reason) { return row(reason).name; }

std::optional<EndedEarlyReason> parse_ended_early_reason(std::string_view text) {
    for (const auto& r : kReasons) {
        if (r.name == text) return r.reason;
    }
    return std::nullopt;
}

std::span<const EndedEarlyReason> ended_early_reasons() { return kOrder; }
std::string_view reason_label(EndedEarlyReason reason) { return row(reason).label; }

std::optional<std::string_view> check_ended_early(EndedEarlyReason reason, std::string_view words) {
    if (reason == EndedEarlyReason::Other && !has_words(words)) {
        return "Say in a few words why the session ended early.";
    }
    return std::nullopt;
}

std::vector<DepartureStep> departure_plan(std::span<const ArrivalWindow> windows, std::chrono::minutes gap) {
    std::vector<ArrivalWindow> ordered(windows.begin(), windows.end());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ArrivalWindow& a, const ArrivalWindow& b) { return a.leave_order < b.leave_order; });
    std::vector<DepartureStep> plan;
    for (const auto& w : ordered) {
        plan.push_back({w.party, plan.empty() ? std::chrono::minutes{0} : gap});
    }
    return plan;
}

}  // namespace kiosk::core
