#pragma once
// A contact agreement states the arrangements for a child's contact. It is versioned: a new
// version applies to sessions after it, and families re-confirm it at the kiosk.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/supervision.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

// Which side of contact a person arrives with. Arrivals and departures are staggered per party.
enum class Party { Family, Carer };
std::string_view to_string(Party party);
std::optional<Party> parse_party(std::string_view text);

struct Agreement {
    Id id = 0;
    Id child_id = 0;
    Id referral_id = 0;
    Timestamp created_at{};
};

struct AgreementRule {
    std::string kind;  // "phones_photos", "gifts", "food", "topics", "arrival_order", "other"
    std::string text;  // plain words, as the family will read them
};

struct ApprovedAttendee {
    Id adult_id = 0;
    std::string first_name;
    std::string relationship;
};

struct AgreementVersion {
    Id id = 0;
    Id agreement_id = 0;
    int version = 1;
    Timestamp effective_from{};
    SupervisionLevel supervision_level = SupervisionLevel::Supervised;
    std::string frequency;  // "weekly", "fortnightly", "custom"
    int session_minutes = 60;
    Id room_id = 0;
    int grace_minutes = 15;
    int recording_timescale_hours = 24;
    int recording_working_days = 0;  // when > 0, the timescale is N working days instead
    std::string review_date;         // "YYYY-MM-DD"
    std::vector<AgreementRule> rules;
    std::vector<ApprovedAttendee> attendees;
};

}  // namespace kiosk::core
