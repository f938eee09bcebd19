#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/risk_assessment_rules.hpp"

using namespace kiosk::core;
using L = SupervisionLevel;

TEST_CASE("the recommendation is the lowest level that the risks allow") {
    struct Row {
        const char* name;
        RiskAssessmentInput input;
        SupervisionLevel expected;
    };
    const std::vector<Row> table{
        {"nothing known yet starts supported", {{}, {}, ContactHistory::None, ChildWish::WantsContact}, L::Supported},
        {"a good history and no risks", {{}, {}, ContactHistory::Positive, ChildWish::WantsContact}, L::Unsupervised},
        {"abduction risk is always close", {{RiskFactor::AbductionRisk}, {ProtectiveFactor::PositiveRelationship, ProtectiveFactor::SupportNetwork}, ContactHistory::Positive, ChildWish::WantsContact}, L::CloselySupervised},
        {"domestic abuse needs full supervision", {{RiskFactor::DomesticAbuseHistory}, {}, ContactHistory::Positive, ChildWish::WantsContact}, L::Supervised},
        {"protective factors cannot go below a floor", {{RiskFactor::SubstanceMisuse}, {ProtectiveFactor::EngagesWithGuidance, ProtectiveFactor::ConsistentAttendance}, ContactHistory::Positive, ChildWish::WantsContact}, L::Supervised},
        {"one mild factor with protection steps down", {{RiskFactor::Unreliable}, {ProtectiveFactor::EngagesWithGuidance, ProtectiveFactor::ConsistentAttendance}, ContactHistory::Positive, ChildWish::WantsContact}, L::Unsupervised},
        {"many moderate factors add up", {{RiskFactor::UnstableMentalHealth, RiskFactor::HostileToPlacement, RiskFactor::InappropriateConversation, RiskFactor::Unreliable}, {}, ContactHistory::Mixed, ChildWish::Unsure}, L::CloselySupervised},
        {"a concerning history is not softened by protection", {{RiskFactor::HostileToPlacement}, {ProtectiveFactor::PositiveRelationship, ProtectiveFactor::SupportNetwork}, ContactHistory::Concerning, ChildWish::WantsContact}, L::Supervised},
        {"a child who does not want contact is at least supervised", {{}, {}, ContactHistory::Positive, ChildWish::DoesNotWant}, L::Supervised},
    };
    for (const auto& row : table) {
        INFO(row.name);
        CHECK(recommend_supervision(row.input) == row.expected);
    }
}

TEST_CASE("choosing a lower level than recommended needs a written reason") {
    CHECK(check_level_choice(L::Supervised, L::CloselySupervised, "") == LevelChoice::Accepted);
    CHECK(check_level_choice(L::Supervised, L::Supervised, "") == LevelChoice::Accepted);
    CHECK(check_level_choice(L::Supervised, L::Supported, "") == LevelChoice::NeedsReason);
    CHECK(check_level_choice(L::Supervised, L::Supported, "   \n ") == LevelChoice::NeedsReason);
    CHECK(check_level_choice(L::Supervised, L::Supported, "Six calm sessions; court order allows") ==
          LevelChoice::Accepted);
}

TEST_CASE("a review prompts a step down only after three or more sessions without concern") {
    CHECK(prompt_step_down(L::Supervised, 3, 0));
    CHECK_FALSE(prompt_step_down(L::Supervised, 2, 0));
    CHECK_FALSE(prompt_step_down(L::Supervised, 6, 1));
    CHECK_FALSE(prompt_step_down(L::Unsupervised, 6, 0));
}
