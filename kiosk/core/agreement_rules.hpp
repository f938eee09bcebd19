#pragma once
// What a contact agreement version must hold before it is saved, its defaults, and the
// sessions it generates (weekly, fortnightly or every N days, at the same venue-local time).
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/agreement.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

inline constexpr int kDefaultGraceMinutes = 15;
inline constexpr int kDefaultRecordingHours = 24;
inline constexpr int kDefaultReviewMonths = 3;

enum class AgreementProblem {
    NoAttendees,
    NoRoom,
    BadLength,         // a session of 15 minutes to 8 hours
    BadGrace,          // 0 to 60 minutes
    BadTimescale,      // 1 to 168 hours, or 1 to 20 working days
    BadFrequency,      // weekly, fortnightly, or custom with 1 to 90 days between
    BadReviewDate,     // a YYYY-MM-DD date after the agreement starts
    BadArrivalWindow,  // a window that ends before it opens, or one per party missing
    SameLeaveOrder,    // two parties would leave at once: the point is that they do not
    BadRuleText,
    // Issue #16: how contact happens and who comes (core/contact_arrangement, core/siblings).
    NoPlatform,        // a call needs one of the platforms
    NoPlace,           // contact in the community says where
    NoSupervisorName,  // a consistent adult is named
    BadSiblings,       // the child themself, someone twice, more than six children, or a bad window
};
std::string_view to_string(AgreementProblem problem);

// Every problem with the version, empty when it can be saved. `today` is venue-local.
std::vector<AgreementProblem> check_agreement(const AgreementVersion& version, const std::string& today);
// The same, knowing whose agreement it is (a child cannot be their own sibling).
std::vector<AgreementProblem> check_agreement(const AgreementVersion& version, const std::string& today, Id own_child);

// The default review date: three calendar months on (the 31st becomes the month's last day).
std::string default_review_date(const std::string& today);
// A new version starts from the current one with the defaults a coordinator expects.
AgreementVersion default_agreement_version(const std::string& today);

// Days between sessions for a frequency name; 0 when the name or custom interval is not valid.
int interval_days(std::string_view frequency, int custom_interval_days);

struct SessionPlan {
    std::string first_date;  // venue-local YYYY-MM-DD
    int hour = 10;
    int minute = 0;
    int count = 6;
};
// Start instants at the same venue-local wall time on each date, so a 10:00 session stays at
// 10:00 across a clock change. Empty when the frequency is not valid.
std::vector<Timestamp> plan_session_starts(const SessionPlan& plan, const AgreementVersion& version,
                                           const std::string& time_zone);
// The session's per-party windows from the agreement's plan.
std::vector<ArrivalWindow> arrival_windows_for(Timestamp starts, const std::vector<ArrivalPlan>& plans);

}  // namespace kiosk::core
