#pragma once
// Referrals from the social work team and the coordinator's risk assessments of them.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/referral.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

// Why and by whom a referral was closed (schema v12).
struct ReferralClosure {
    core::Id closed_by = 0;
    core::Timestamp closed_at{};
    std::string reason;
};

class ReferralRepository {
public:
    explicit ReferralRepository(Database& db) : db_(db) {}

    core::Id add(WriteTransaction& tx, const core::Referral& referral);
    void set_status(WriteTransaction& tx, core::Id referral_id, core::ReferralStatus status);
    // The family's language needs as the referral gives them (schema v15).
    void set_language_needs(WriteTransaction& tx, core::Id referral_id, const core::LanguageNeeds& needs);
    // The child's family's language needs from the newest referral that records any.
    core::LanguageNeeds language_needs_for_child(core::Id child_id);
    // Marks the referral closed and keeps the reason; refused when it is closed already.
    void close(WriteTransaction& tx, core::Id referral_id, core::Id by_staff, const std::string& reason);
    std::optional<ReferralClosure> closure(core::Id referral_id);
    std::optional<core::Referral> find(core::Id id);
    // New first, then in progress, agreed and closed; oldest received first within each.
    std::vector<core::Referral> inbox();

    core::Id add_assessment(WriteTransaction& tx, const core::RiskAssessment& assessment);
    std::optional<core::RiskAssessment> latest_assessment(core::Id referral_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
