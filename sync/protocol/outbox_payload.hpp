#pragma once
// Encodes the payloads the device queues in its outbox. Each is a JSON object with a
// "schema" number so the receiver can read old payloads after the format moves on.
#include <string>

#include "kiosk/core/alert.hpp"
#include "kiosk/core/check_in.hpp"

namespace kiosk::sync {

inline constexpr int kPayloadSchema = 1;
// Feedback moved to schema 2 (issue #16, item 9): "week" always; "at" and "session_id" only when
// it is not anonymous. The server still takes schema 1 from devices not yet updated.
inline constexpr int kFeedbackPayloadSchema = 2;

std::string encode_check_in(const core::CheckIn& check_in);
std::string encode_feedback(const core::Feedback& feedback);
std::string encode_alert(const core::Alert& alert);

}  // namespace kiosk::sync
