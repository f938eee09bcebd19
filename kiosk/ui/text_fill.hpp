#pragma once
// Fills "{name}" places in a translated pattern ("Thank you, {names}."), so each language can
// put the values where its grammar wants them.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace kiosk::ui {

using FillValue = std::pair<std::string_view, std::string_view>;

// Every "{name}" with a value is replaced; unknown places are left as written.
std::string fill(std::string_view pattern, std::initializer_list<FillValue> values);

}  // namespace kiosk::ui
