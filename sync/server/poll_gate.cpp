#include "sync/server/poll_gate.hpp"

namespace kiosk::sync::server {

std::shared_ptr<void> PollGate::try_hold(const std::string& device_id) {
    {
        const std::lock_guard lock(mutex_);
        std::size_t& mine = per_device_[device_id];
        if (held_ >= limits_.in_all || mine >= limits_.per_device) {
            if (mine == 0) per_device_.erase(device_id);
            return nullptr;
        }
        ++mine;
        ++held_;
    }
    // The deleter gives the place back; the pointer itself points at nothing in particular.
    return std::shared_ptr<void>(this, [this, device_id](void*) { release(device_id); });
}

void PollGate::release(const std::string& device_id) {
    const std::lock_guard lock(mutex_);
    --held_;
    const auto it = per_device_.find(device_id);
    if (it != per_device_.end() && --it->second == 0) per_device_.erase(it);
}

std::size_t PollGate::held() const {
    const std::lock_guard lock(mutex_);
    return held_;
}

}  // namespace kiosk::sync::server
