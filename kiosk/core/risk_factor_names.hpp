#pragma once
// Stable names of the risk assessment's answers, for the database and the wire, and the full
// lists of choices in the order the form shows them.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/risk_assessment_rules.hpp"

namespace kiosk::core {

inline constexpr std::array<RiskFactor, 10> kAllRiskFactors{
    RiskFactor::AbductionRisk,        RiskFactor::SexualHarmConcern,
    RiskFactor::DomesticAbuseHistory, RiskFactor::SubstanceMisuse,
    RiskFactor::UnstableMentalHealth, RiskFactor::IncidentsInPreviousContact,
    RiskFactor::HostileToPlacement,   RiskFactor::ChildDistressedByContact,
    RiskFactor::InappropriateConversation, RiskFactor::Unreliable,
};
inline constexpr std::array<ProtectiveFactor, 5> kAllProtectiveFactors{
    ProtectiveFactor::PositiveRelationship, ProtectiveFactor::EngagesWithGuidance,
    ProtectiveFactor::ConsistentAttendance, ProtectiveFactor::SupportNetwork,
    ProtectiveFactor::AcceptsPlacement,
};
inline constexpr std::array<ContactHistory, 4> kAllContactHistories{
    ContactHistory::None, ContactHistory::Positive, ContactHistory::Mixed, ContactHistory::Concerning};
inline constexpr std::array<ChildWish, 4> kAllChildWishes{
    ChildWish::WantsContact, ChildWish::Unsure, ChildWish::DoesNotWant, ChildWish::TooYoungToSay};

std::optional<RiskFactor> parse_risk_factor(std::string_view text);
std::optional<ProtectiveFactor> parse_protective_factor(std::string_view text);
std::string_view to_string(ContactHistory history);
std::optional<ContactHistory> parse_contact_history(std::string_view text);
std::string_view to_string(ChildWish wish);
std::optional<ChildWish> parse_child_wish(std::string_view text);

// Factor lists are stored as comma-separated names; unknown names are skipped on reading so
// an older build still opens a newer row.
std::string join_risk_factors(const std::vector<RiskFactor>& factors);
std::vector<RiskFactor> split_risk_factors(std::string_view text);
std::string join_protective_factors(const std::vector<ProtectiveFactor>& factors);
std::vector<ProtectiveFactor> split_protective_factors(std::string_view text);

}  // namespace kiosk::core
