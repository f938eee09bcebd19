#pragma once
// A contact agreement states the arrangements for a child's contact. It is versioned: a new
// version applies to sessions after it, and families re-confirm it at the kiosk.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/contact_arrangement.hpp"
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

// A rule of the agreement. One from the venue's rule library (core/rule_library.hpp) is read
// from the catalogs in the family's language by its kind; `text` keeps the words it was saved
// with, for the record. A rule of the coordinator's own (kind "other") is shown in `text` to a
// family reading `language`, and in a translation to a family reading another one.
struct AgreementRule {
    std::string kind;  // a rule library kind, or "other"
    std::string text;  // plain words, as the family will read them
    std::string language{};  // the language `text` is in; "" when not known (before schema v10)
    std::map<std::string, std::string> translations{};  // language code -> the same rule in it
};

struct ApprovedAttendee {
    Id adult_id = 0;
    std::string first_name;
    std::string relationship;
};

// When one party may arrive, in minutes before the session starts, and when it leaves
// (1 leaves first). The agreement's leave gap separates one party's leaving from the next.
struct ArrivalPlan {
    Party party = Party::Family;
    int arrive_from_minutes_before = 10;
    int arrive_until_minutes_before = 0;
    int leave_order = 1;
};

// A sibling named on an agreement version, and when their carer brings and collects them.
struct SiblingPlan {
    Id child_id = 0;
    int position = 2;  // 2, 3, ... in the order the agreement names them
    ArrivalPlan carer{Party::Carer, 25, 10, 2};
    std::string first_name{};  // read back for screens; not stored with the plan
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
    // Added in schema v2: the days between sessions when frequency is "custom", the minutes
    // between one party leaving and the next, and each party's arrival window.
    int custom_interval_days = 0;
    int leave_gap_minutes = 10;
    std::vector<ArrivalPlan> arrival_plans;
    // Issue #16: how contact happens and who supervises (schema v14); the brothers and sisters
    // who come too, each with their carer's own window (schema v13; core/siblings.hpp).
    ContactArrangement arrangement;
    std::vector<SiblingPlan> siblings;
};

}  // namespace kiosk::core
