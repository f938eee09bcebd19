#include "kiosk/core/risk_assessment_rules.hpp"

#include <algorithm>
#include <array>

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {

struct FactorRule {
    RiskFactor factor;
    SupervisionLevel floor;  // the least supervision this factor alone allows
    int weight;              // how much it adds with others
};

// Severe factors need close supervision whatever else is true; serious ones need at least
// full supervision; the rest add weight.
constexpr std::array<FactorRule, 10> kFactorRules{{
    {RiskFactor::AbductionRisk, SupervisionLevel::CloselySupervised, 3},
    {RiskFactor::SexualHarmConcern, SupervisionLevel::CloselySupervised, 3},
    {RiskFactor::DomesticAbuseHistory, SupervisionLevel::Supervised, 2},
    {RiskFactor::SubstanceMisuse, SupervisionLevel::Supervised, 2},
    {RiskFactor::IncidentsInPreviousContact, SupervisionLevel::Supervised, 2},
    {RiskFactor::UnstableMentalHealth, SupervisionLevel::Supported, 1},
    {RiskFactor::HostileToPlacement, SupervisionLevel::Supported, 1},
    {RiskFactor::ChildDistressedByContact, SupervisionLevel::Supported, 1},
    {RiskFactor::InappropriateConversation, SupervisionLevel::Supported, 1},
    {RiskFactor::Unreliable, SupervisionLevel::Unsupervised, 1},
}};

constexpr EnumNames<RiskFactor, 10> kRiskNames{{{
    {RiskFactor::AbductionRisk, "abduction_risk"},
    {RiskFactor::SexualHarmConcern, "sexual_harm_concern"},
    {RiskFactor::DomesticAbuseHistory, "domestic_abuse_history"},
    {RiskFactor::SubstanceMisuse, "substance_misuse"},
    {RiskFactor::UnstableMentalHealth, "unstable_mental_health"},
    {RiskFactor::IncidentsInPreviousContact, "incidents_in_previous_contact"},
    {RiskFactor::HostileToPlacement, "hostile_to_placement"},
    {RiskFactor::ChildDistressedByContact, "child_distressed_by_contact"},
    {RiskFactor::InappropriateConversation, "inappropriate_conversation"},
    {RiskFactor::Unreliable, "unreliable"},
}}};

constexpr EnumNames<ProtectiveFactor, 5> kProtectiveNames{{{
    {ProtectiveFactor::PositiveRelationship, "positive_relationship"},
    {ProtectiveFactor::EngagesWithGuidance, "engages_with_guidance"},
    {ProtectiveFactor::ConsistentAttendance, "consistent_attendance"},
    {ProtectiveFactor::SupportNetwork, "support_network"},
    {ProtectiveFactor::AcceptsPlacement, "accepts_placement"},
}}};

SupervisionLevel level_from(int value) {
    return static_cast<SupervisionLevel>(std::clamp(value, 0, static_cast<int>(SupervisionLevel::CloselySupervised)));
}

}  // namespace

SupervisionLevel recommend_supervision(const RiskAssessmentInput& input) {
    int floor = 0;
    int weight = 0;
    for (const RiskFactor factor : input.risks) {
        for (const auto& rule : kFactorRules) {
            if (rule.factor != factor) continue;
            floor = std::max(floor, static_cast<int>(rule.floor));
            weight += rule.weight;
        }
    }
    if (input.history == ContactHistory::Concerning) weight += 2;
    if (input.history == ContactHistory::Mixed) weight += 1;
    if (input.wish == ChildWish::DoesNotWant) floor = std::max(floor, static_cast<int>(SupervisionLevel::Supervised));
    if (input.wish == ChildWish::Unsure) weight += 1;

    // Weight 0: unsupervised; 1-2: supported; 3-4: supervised; 5 and more: closely supervised.
    int level = weight == 0 ? 0 : (weight <= 2 ? 1 : (weight <= 4 ? 2 : 3));
    // Two or more protective factors, and a history that is not concerning, step down once.
    if (input.protective.size() >= 2 && input.history != ContactHistory::Concerning) level -= 1;
    // With no history at all, contact starts supported at least: nothing is known yet.
    if (input.history == ContactHistory::None) level = std::max(level, 1);
    return level_from(std::max(level, floor));
}

LevelChoice check_level_choice(SupervisionLevel recommended, SupervisionLevel chosen, std::string_view reason) {
    if (chosen >= recommended) return LevelChoice::Accepted;
    const bool has_words = std::any_of(reason.begin(), reason.end(), [](char c) { return c != ' ' && c != '\n'; });
    return has_words ? LevelChoice::Accepted : LevelChoice::NeedsReason;
}

bool prompt_step_down(SupervisionLevel current, int sessions_considered, int sessions_with_concern) {
    return current != SupervisionLevel::Unsupervised && sessions_considered >= 3 && sessions_with_concern == 0;
}

std::string_view to_string(RiskFactor factor) { return kRiskNames.name(factor); }
std::string_view to_string(ProtectiveFactor factor) { return kProtectiveNames.name(factor); }

}  // namespace kiosk::core
