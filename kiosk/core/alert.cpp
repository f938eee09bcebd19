#include "kiosk/core/alert.hpp"

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<AlertKind, 5> kNames{{{
    {AlertKind::AttendeeNotApproved, "attendee_not_approved"},
    {AlertKind::LateArrival, "late_arrival"},
    {AlertKind::RepeatedWrongCodes, "repeated_wrong_codes"},
    {AlertKind::SafeguardingConcern, "safeguarding_concern"},
    {AlertKind::ArrivalAfterClose, "arrival_after_close"},
}}};
}  // namespace

std::string_view to_string(AlertKind kind) { return kNames.name(kind); }
std::optional<AlertKind> parse_alert_kind(std::string_view text) { return kNames.parse(text); }

}  // namespace kiosk::core
