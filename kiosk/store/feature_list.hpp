#pragma once
// Room features are kept as one comma-separated column; feature keys never hold commas.
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::store {

inline std::vector<std::string> split_features(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::size_t end = comma == std::string_view::npos ? text.size() : comma;
        if (end > start) out.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

inline std::string join_features(const std::vector<std::string>& features) {
    std::string out;
    for (const auto& feature : features) {
        if (!out.empty()) out += ',';
        out += feature;
    }
    return out;
}

}  // namespace kiosk::store
