#include "kiosk/ui/text_fill.hpp"

namespace kiosk::ui {

std::string fill(std::string_view pattern, std::initializer_list<FillValue> values) {
    std::string out;
    std::size_t at = 0;
    while (at < pattern.size()) {
        const std::size_t open = pattern.find('{', at);
        const std::size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(pattern.substr(at, open - at));
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        bool replaced = false;
        for (const auto& [key, value] : values) {
            if (key == name) {
                out.append(value);
                replaced = true;
                break;
            }
        }
        if (!replaced) out.append(pattern.substr(open, close - open + 1));
        at = close + 1;
    }
    if (at < pattern.size()) out.append(pattern.substr(at));
    return out;
}

}  // namespace kiosk::ui
