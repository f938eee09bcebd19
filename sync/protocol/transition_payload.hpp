#pragma once
// Payloads of the placement transition records the coordinator sends to the social work team:
// the comfort call (plan and record) and the icebreaker meeting, once each has been held.
// Schema 2 (issue #16, item 7) added who took part (role keys), why a call that had to be
// ended became untenable, and who facilitated and attended the icebreaker; a server takes
// schema 1 from devices not yet updated (payload_schema.cpp).
#include <string>

#include "kiosk/core/placement.hpp"

namespace kiosk::sync {

inline constexpr int kTransitionPayloadSchema = 2;

std::string encode_comfort_call(const core::ComfortCall& call, core::Id child_id);
std::string encode_icebreaker(const core::Icebreaker& meeting, core::Id child_id);

}  // namespace kiosk::sync
