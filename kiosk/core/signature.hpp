#pragma once
// A finger signature as the pad captured it: strokes of points in coordinates normalised to
// the pad (0..1 across and down), so the same signature means the same shape at any screen
// size or font size.
#include <vector>

namespace kiosk::core {

struct SignaturePoint {
    float x = 0.0F;
    float y = 0.0F;
};
using SignatureStroke = std::vector<SignaturePoint>;

struct Signature {
    std::vector<SignatureStroke> strokes;
    bool empty() const { return strokes.empty(); }
};

// The total length of the ink, in pad widths (a diagonal across a square pad is ~1.41).
float ink_length(const Signature& signature);

// A dot or an accidental brush is not a signature: it needs ink a fifth of the pad long.
inline constexpr float kMinimumInkLength = 0.2F;
bool looks_signed(const Signature& signature);

// Points outside the pad (a finger sliding off the edge) are kept on its edge.
SignaturePoint clamp_to_pad(SignaturePoint point);

}  // namespace kiosk::core
