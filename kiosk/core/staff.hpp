#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/ids.hpp"

namespace kiosk::core {

enum class Role { Worker, Coordinator };
std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);

struct StaffMember {
    Id id = 0;
    std::string display_name;  // first name as colleagues and families know them: "Jo"
    Role role = Role::Worker;
    bool active = true;
    std::string language{};  // the staff face's language for this person; "" = the terminal's
};

}  // namespace kiosk::core
