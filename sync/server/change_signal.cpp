#include "sync/server/change_signal.hpp"

#include <vector>

namespace kiosk::sync::server {

std::uint64_t ChangeSignal::generation() const {
    const std::lock_guard lock(mutex_);
    return generation_;
}

std::uint64_t ChangeSignal::subscribe(std::uint64_t seen, std::function<void()> wake) {
    {
        const std::lock_guard lock(mutex_);
        if (generation_ <= seen) {
            const std::uint64_t id = next_id_++;
            waiters_.emplace(id, std::move(wake));
            return id;
        }
    }
    wake();
    return 0;
}

void ChangeSignal::unsubscribe(std::uint64_t id) {
    if (id == 0) return;
    const std::lock_guard lock(mutex_);
    waiters_.erase(id);
}

void ChangeSignal::notify() {
    std::map<std::uint64_t, std::function<void()>> woken;
    {
        const std::lock_guard lock(mutex_);
        ++generation_;
        woken.swap(waiters_);
    }
    for (auto& [id, wake] : woken) wake();
}

std::size_t ChangeSignal::waiting() const {
    const std::lock_guard lock(mutex_);
    return waiters_.size();
}

}  // namespace kiosk::sync::server
