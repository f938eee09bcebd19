#include "kiosk/core/referral.hpp"

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<ReferralStatus, 4> kNames{{{
    {ReferralStatus::New, "new"},
    {ReferralStatus::InProgress, "in_progress"},
    {ReferralStatus::Agreed, "agreed"},
    {ReferralStatus::Closed, "closed"},
}}};
}  // namespace

std::string_view to_string(ReferralStatus status) { return kNames.name(status); }
std::optional<ReferralStatus> parse_referral_status(std::string_view text) {
    return kNames.parse(text);
}

}  // namespace kiosk::core
