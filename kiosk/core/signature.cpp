#include "kiosk/core/signature.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::core {

float ink_length(const Signature& signature) {
    float total = 0.0F;
    for (const SignatureStroke& stroke : signature.strokes) {
        for (std::size_t i = 1; i < stroke.size(); ++i) {
            total += std::hypot(stroke[i].x - stroke[i - 1].x, stroke[i].y - stroke[i - 1].y);
        }
    }
    return total;
}

bool looks_signed(const Signature& signature) { return ink_length(signature) >= kMinimumInkLength; }

SignaturePoint clamp_to_pad(SignaturePoint point) {
    return {std::clamp(point.x, 0.0F, 1.0F), std::clamp(point.y, 0.0F, 1.0F)};
}

}  // namespace kiosk::core
