#pragma once
// Where sign-in attempts are counted besides this device: the venue hub (issue #13, item 6).
// SignInService asks it after each PIN check; with nothing to ask (no hub, the hub away, no
// answer in time) the device counts alone and its counters reach the hub later, merged by max.
#include <optional>
#include <string>

#include "kiosk/core/sign_in_policy.hpp"

namespace kiosk::app {

struct RemoteAttempt {
    bool accepted = false;           // the hub's gate was open; false: refuse even a right PIN
    core::SignInCounters counters;  // the hub's counters for the account after the attempt
};

class SignInRelay {
public:
    virtual ~SignInRelay() = default;
    // Nothing when the hub cannot be asked now.
    virtual std::optional<RemoteAttempt> report(const std::string& staff_uuid, bool pin_was_right) = 0;
};

}  // namespace kiosk::app
