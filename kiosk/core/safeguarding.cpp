#include "kiosk/core/safeguarding.hpp"

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<ConcernSeverity, 4> kNames{{{
    {ConcernSeverity::Low, "low"},
    {ConcernSeverity::Medium, "medium"},
    {ConcernSeverity::High, "high"},
    {ConcernSeverity::ImmediateDanger, "immediate_danger"},
}}};
}  // namespace

std::string_view to_string(ConcernSeverity severity) { return kNames.name(severity); }
std::optional<ConcernSeverity> parse_concern_severity(std::string_view text) { return kNames.parse(text); }

}  // namespace kiosk::core
