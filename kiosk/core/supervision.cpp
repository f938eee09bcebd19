#include "kiosk/core/supervision.hpp"

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<SupervisionLevel, 4> kNames{{{
    {SupervisionLevel::Unsupervised, "unsupervised"},
    {SupervisionLevel::Supported, "supported"},
    {SupervisionLevel::Supervised, "supervised"},
    {SupervisionLevel::CloselySupervised, "closely_supervised"},
}}};
}  // namespace

std::string_view to_string(SupervisionLevel level) { return kNames.name(level); }
std::optional<SupervisionLevel> parse_supervision_level(std::string_view text) {
    return kNames.parse(text);
}

}  // namespace kiosk::core
