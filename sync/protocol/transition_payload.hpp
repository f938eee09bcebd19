#pragma once
// Payloads of the placement transition records the coordinator sends to the social work team:
// the comfort call (plan and record) and the icebreaker meeting, once each has been held.
#include <string>

#include "kiosk/core/placement.hpp"

namespace kiosk::sync {

std::string encode_comfort_call(const core::ComfortCall& call, core::Id child_id);
std::string encode_icebreaker(const core::Icebreaker& meeting, core::Id child_id);

}  // namespace kiosk::sync
