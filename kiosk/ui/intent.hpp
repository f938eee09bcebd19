#pragma once
// A screen's intents are variants whose first alternative (std::monostate) means "nothing asked".
// A screen that draws several parts keeps what the last part that asked for something asked.
#include <utility>
#include <variant>

namespace kiosk::ui {

template <class Intent>
void keep_asked(Intent& intent, Intent asked) {
    if (!std::holds_alternative<std::monostate>(asked)) intent = std::move(asked);
}

}  // namespace kiosk::ui
