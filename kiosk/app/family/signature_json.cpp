#include "kiosk/app/family/signature_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace kiosk::app {

namespace {
constexpr float kScale = 1000.0F;  // thousandths of the pad: finer than any finger
}

std::string encode_signature(const core::Signature& signature) {
    nlohmann::json strokes = nlohmann::json::array();
    for (const core::SignatureStroke& stroke : signature.strokes) {
        nlohmann::json points = nlohmann::json::array();
        for (const core::SignaturePoint& p : stroke) {
            const core::SignaturePoint on_pad = core::clamp_to_pad(p);
            points.push_back({static_cast<int>(std::lround(on_pad.x * kScale)),
                              static_cast<int>(std::lround(on_pad.y * kScale))});
        }
        strokes.push_back(std::move(points));
    }
    return nlohmann::json{{"v", 1}, {"strokes", std::move(strokes)}}.dump();
}

std::optional<core::Signature> decode_signature(std::string_view json) {
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || doc.value("v", 0) != 1 || !doc.contains("strokes") ||
        !doc["strokes"].is_array()) {
        return std::nullopt;
    }
    core::Signature signature;
    for (const auto& stroke : doc["strokes"]) {
        if (!stroke.is_array()) return std::nullopt;
        core::SignatureStroke points;
        for (const auto& p : stroke) {
            if (!p.is_array() || p.size() != 2 || !p[0].is_number_integer() || !p[1].is_number_integer()) {
                return std::nullopt;
            }
            points.push_back({static_cast<float>(p[0].get<int>()) / kScale, static_cast<float>(p[1].get<int>()) / kScale});
        }
        signature.strokes.push_back(std::move(points));
    }
    return signature;
}

}  // namespace kiosk::app
