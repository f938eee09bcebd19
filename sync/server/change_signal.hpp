#pragma once
// The waiter list behind the long poll (GET /api/v1/changes?wait=S, docs/sync-api.md): a held
// request registers a one-shot callback and holds no thread; whoever commits a change calls
// notify(), which runs every callback once. A generation number closes the gap between a
// handler reading "nothing new" and its session registering: a waiter that registers with a
// generation already passed is woken at once instead of sleeping through the change.
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>

namespace kiosk::sync::server {

class ChangeSignal {
public:
    std::uint64_t generation() const;
    // Calls `wake` once, as soon as the generation is past `seen` (at once, before returning,
    // when it already is; 0 is returned then). Otherwise returns an id for unsubscribe().
    // `wake` runs on the notifier's thread with no lock held: it must only post work.
    std::uint64_t subscribe(std::uint64_t seen, std::function<void()> wake);
    void unsubscribe(std::uint64_t id);
    // A change committed: the next generation, and every waiter woken.
    void notify();
    std::size_t waiting() const;

private:
    mutable std::mutex mutex_;
    std::uint64_t generation_ = 1;
    std::uint64_t next_id_ = 1;
    std::map<std::uint64_t, std::function<void()>> waiters_;
};

}  // namespace kiosk::sync::server
