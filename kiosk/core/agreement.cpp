#include "kiosk/core/agreement.hpp"

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<Party, 2> kNames{{{
    {Party::Family, "family"},
    {Party::Carer, "carer"},
}}};
}  // namespace

std::string_view to_string(Party party) { return kNames.name(party); }
std::optional<Party> parse_party(std::string_view text) { return kNames.parse(text); }

}  // namespace kiosk::core
