#include "kiosk/core/staff.hpp"

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<Role, 2> kNames{{{
    {Role::Worker, "worker"},
    {Role::Coordinator, "coordinator"},
}}};
}  // namespace

std::string_view to_string(Role role) { return kNames.name(role); }
std::optional<Role> parse_role(std::string_view text) { return kNames.parse(text); }

}  // namespace kiosk::core
