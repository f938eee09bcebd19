#include "kiosk/core/agreement_rules.hpp"

#include <date/date.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "kiosk/core/calendar.hpp"
#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/form_defaults.hpp"
#include "kiosk/core/enum_names.hpp"
#include "kiosk/core/text.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<AgreementProblem, 14> kNames{{{
    {AgreementProblem::NoAttendees, "no_attendees"},
    {AgreementProblem::NoRoom, "no_room"},
    {AgreementProblem::BadLength, "bad_length"},
    {AgreementProblem::BadGrace, "bad_grace"},
    {AgreementProblem::BadTimescale, "bad_timescale"},
    {AgreementProblem::BadFrequency, "bad_frequency"},
    {AgreementProblem::BadReviewDate, "bad_review_date"},
    {AgreementProblem::BadArrivalWindow, "bad_arrival_window"},
    {AgreementProblem::SameLeaveOrder, "same_leave_order"},
    {AgreementProblem::BadRuleText, "bad_rule_text"},
    {AgreementProblem::NoPlatform, "no_platform"},
    {AgreementProblem::NoPlace, "no_place"},
    {AgreementProblem::NoSupervisorName, "no_supervisor_name"},
    {AgreementProblem::BadSiblings, "bad_siblings"},
}}};

bool arrival_plans_ok(const std::vector<ArrivalPlan>& plans) {
    if (plans.size() != 2) return false;
    if (plans[0].party == plans[1].party) return false;
    return std::all_of(plans.begin(), plans.end(), [](const ArrivalPlan& p) {
        return p.arrive_from_minutes_before >= p.arrive_until_minutes_before && p.arrive_until_minutes_before >= 0 &&
               p.arrive_from_minutes_before <= 120;
    });
}
}  // namespace

std::string_view to_string(AgreementProblem problem) { return kNames.name(problem); }

std::vector<AgreementProblem> check_agreement(const AgreementVersion& v, const std::string& today) {
    std::vector<AgreementProblem> out;
    if (v.attendees.empty()) out.push_back(AgreementProblem::NoAttendees);
    if (v.room_id == 0) out.push_back(AgreementProblem::NoRoom);
    if (v.session_minutes < 15 || v.session_minutes > 480) out.push_back(AgreementProblem::BadLength);
    if (v.grace_minutes < 0 || v.grace_minutes > 60) out.push_back(AgreementProblem::BadGrace);
    const bool hours_ok = v.recording_working_days == 0 && v.recording_timescale_hours >= 1 &&
                          v.recording_timescale_hours <= 168;
    const bool days_ok = v.recording_working_days >= 1 && v.recording_working_days <= 20;
    if (!hours_ok && !days_ok) out.push_back(AgreementProblem::BadTimescale);
    if (interval_days(v.frequency, v.custom_interval_days) == 0) out.push_back(AgreementProblem::BadFrequency);
    if (!is_iso_date(v.review_date) || v.review_date <= today) out.push_back(AgreementProblem::BadReviewDate);
    if (!arrival_plans_ok(v.arrival_plans)) {
        out.push_back(AgreementProblem::BadArrivalWindow);
    } else if (v.arrival_plans[0].leave_order == v.arrival_plans[1].leave_order) {
        out.push_back(AgreementProblem::SameLeaveOrder);
    }
    // A translation is read by a family as the rule itself: the same care (an empty one is
    // left out rather than saved).
    const bool rules_ok = std::all_of(v.rules.begin(), v.rules.end(), [](const AgreementRule& r) {
        const bool words_ok = !r.text.empty() && check_free_text(r.text, 2000) == TextProblem::None;
        return words_ok && std::all_of(r.translations.begin(), r.translations.end(), [](const auto& t) {
                   return !t.first.empty() && t.first.size() <= 8 && !t.second.empty() &&
                          check_free_text(t.second, 2000) == TextProblem::None;
               });
    });
    if (!rules_ok) out.push_back(AgreementProblem::BadRuleText);
    return out;
}

std::string default_review_date(const std::string& today) {
    std::istringstream in{today};
    date::year_month_day ymd{};
    in >> date::parse("%Y-%m-%d", ymd);
    if (in.fail()) throw std::invalid_argument("not a date: expected YYYY-MM-DD");
    auto later = ymd + date::months{kDefaultReviewMonths};
    if (!later.ok()) later = later.year() / later.month() / date::last;
    return date::format("%Y-%m-%d", later);
}

AgreementVersion default_agreement_version(const std::string& today) {
    AgreementVersion v;
    namespace start = form_defaults;
    v.frequency = std::string{to_string(Frequency::Weekly)};
    v.session_minutes = start::kSessionMinutes;
    v.grace_minutes = start::kGraceMinutes;
    v.recording_timescale_hours = start::kRecordingHours;
    v.supervision_level = start::kSupervisionLevel;
    v.leave_gap_minutes = start::kLeaveGapMinutes;
    v.review_date = default_review_date(today);
    // The carer brings the child first and the family leaves first, so they need not meet.
    v.arrival_plans = {{Party::Carer, start::kCarerArriveFrom, start::kCarerArriveUntil, 2},
                       {Party::Family, start::kFamilyArriveFrom, start::kFamilyArriveUntil, 1}};
    return v;
}

int interval_days(std::string_view frequency, int custom_interval_days) {
    if (frequency == "weekly") return 7;
    if (frequency == "fortnightly") return 14;
    if (frequency == "custom" && custom_interval_days >= 1 && custom_interval_days <= 90) return custom_interval_days;
    return 0;
}

std::vector<Timestamp> plan_session_starts(const SessionPlan& plan, const AgreementVersion& version,
                                           const std::string& time_zone) {
    const int step = interval_days(version.frequency, version.custom_interval_days);
    std::vector<Timestamp> out;
    if (step == 0 || plan.count < 1 || !is_iso_date(plan.first_date)) return out;
    for (int i = 0; i < plan.count; ++i) {
        out.push_back(local_to_utc(add_days(plan.first_date, i * step), plan.hour, plan.minute, time_zone));
    }
    return out;
}

std::vector<ArrivalWindow> arrival_windows_for(Timestamp starts, const std::vector<ArrivalPlan>& plans) {
    std::vector<ArrivalWindow> out;
    for (const auto& p : plans) {
        out.push_back(ArrivalWindow{.party = p.party,
                                    .arrive_from = starts - std::chrono::minutes{p.arrive_from_minutes_before},
                                    .arrive_until = starts - std::chrono::minutes{p.arrive_until_minutes_before},
                                    .leave_order = p.leave_order});
    }
    return out;
}

}  // namespace kiosk::core
