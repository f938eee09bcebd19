#pragma once
// Who is signed in on the staff face, and when it must lock itself (2 minutes without a
// touch). The lobby face holds no StaffSession, so it has no way to a staff screen: the only
// way to get one is SignInService::sign_in with the right PIN.
#include <optional>

#include "kiosk/core/idle_lock.hpp"
#include "kiosk/core/staff.hpp"

namespace kiosk::app {

class SignInService;

class StaffSession {
public:
    const core::StaffMember& member() const { return member_; }
    bool is_coordinator() const { return member_.role == core::Role::Coordinator; }
    // Every touch on the staff face calls this.
    void touch(core::Timestamp now) {
        if (now > last_touch_) last_touch_ = now;
    }
    bool must_lock(core::Timestamp now) const { return core::idle_lock_due(last_touch_, now); }
    // When it locks if nobody touches it again (the window sleeps until then).
    core::Timestamp locks_at() const { return last_touch_ + core::kStaffIdleLock; }

private:
    // Only a sign-in with the right PIN makes one.
    friend class SignInService;
    StaffSession(core::StaffMember member, core::Timestamp signed_in_at)
        : member_(std::move(member)), last_touch_(signed_in_at) {}

    core::StaffMember member_;
    core::Timestamp last_touch_;
};

}  // namespace kiosk::app
