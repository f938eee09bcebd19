#pragma once
#include <string>
#include <string_view>
#include <optional>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/language_needs.hpp"
#include "kiosk/core/supervision.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

enum class ReferralStatus { New, InProgress, Agreed, Closed };
std::string_view to_string(ReferralStatus status);
std::optional<ReferralStatus> parse_referral_status(std::string_view text);

struct Referral {
    Id id = 0;
    Id child_id = 0;
    std::string social_worker;
    std::string social_worker_notes;
    Timestamp received_at{};
    ReferralStatus status = ReferralStatus::New;
    LanguageNeeds language{};  // the family's preferred language and interpreter (schema v15)
};

struct RiskAssessment {
    Id id = 0;
    Id referral_id = 0;
    Id assessed_by = 0;  // staff id
    Timestamp assessed_at{};
    std::string risk_factors;
    std::string protective_factors;
    std::string contact_history;
    std::string child_wishes;
    SupervisionLevel recommended_level = SupervisionLevel::Supervised;
    SupervisionLevel chosen_level = SupervisionLevel::Supervised;
    std::string reason_for_lower_level;  // required when chosen < recommended
};

}  // namespace kiosk::core
