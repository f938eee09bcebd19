#pragma once
// The risk assessment recommends the lowest level of supervision assessed as safe. Each risk
// factor sets a floor and adds weight; protective factors may step the level down by one,
// never below a floor. The coordinator may choose higher, or lower only with a written reason.
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/supervision.hpp"

namespace kiosk::core {

enum class RiskFactor {
    AbductionRisk,
    SexualHarmConcern,
    DomesticAbuseHistory,
    SubstanceMisuse,
    UnstableMentalHealth,
    IncidentsInPreviousContact,
    HostileToPlacement,
    ChildDistressedByContact,
    InappropriateConversation,
    Unreliable,
};

enum class ProtectiveFactor {
    PositiveRelationship,
    EngagesWithGuidance,
    ConsistentAttendance,
    SupportNetwork,
    AcceptsPlacement,
};

enum class ContactHistory { None, Positive, Mixed, Concerning };
enum class ChildWish { WantsContact, Unsure, DoesNotWant, TooYoungToSay };

struct RiskAssessmentInput {
    std::vector<RiskFactor> risks;
    std::vector<ProtectiveFactor> protective;
    ContactHistory history = ContactHistory::None;
    ChildWish wish = ChildWish::TooYoungToSay;
};

SupervisionLevel recommend_supervision(const RiskAssessmentInput& input);

enum class LevelChoice { Accepted, NeedsReason };
// Higher than recommended is always allowed; lower needs a written reason.
LevelChoice check_level_choice(SupervisionLevel recommended, SupervisionLevel chosen, std::string_view reason);

// At a review: prompt to consider stepping down when the level is above unsupervised and
// the last `sessions_considered` sessions (at least three) raised no concern.
bool prompt_step_down(SupervisionLevel current, int sessions_considered, int sessions_with_concern);

std::string_view to_string(RiskFactor factor);
std::string_view to_string(ProtectiveFactor factor);

}  // namespace kiosk::core
