#pragma once
// The stored form of a finger signature: compact JSON kept with the check-in,
// {"v":1,"strokes":[[[x,y],...],...]} with x and y in thousandths of the pad.
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/signature.hpp"

namespace kiosk::app {

std::string encode_signature(const core::Signature& signature);
// Nothing when the text is not a signature of this form.
std::optional<core::Signature> decode_signature(std::string_view json);

}  // namespace kiosk::app
