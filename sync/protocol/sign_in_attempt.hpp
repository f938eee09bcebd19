#pragma once
// POST /api/v1/sign-in-attempts (docs/sync-api.md, "Sign-in attempts"): a device that can reach
// its venue hub reports each PIN it checked, and the hub counts it first, so that wrong PINs on
// two tablets lock the account on both.
#include <string>

#include "kiosk/core/sign_in_policy.hpp"

namespace kiosk::sync {

struct SignInAttemptAnswer {
    std::string staff_uuid;
    bool accepted = false;           // the hub's gate was open: the attempt was counted (or cleared them)
    core::SignInCounters counters;  // the hub's counters for the account after it
};

std::string encode_sign_in_attempt(const std::string& staff_uuid, bool pin_was_right);
// Throws ProtocolError when the answer is not the documented JSON, or is about another account.
SignInAttemptAnswer decode_sign_in_attempt_answer(const std::string& body, const std::string& staff_uuid);

}  // namespace kiosk::sync
