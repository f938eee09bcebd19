#pragma once
// How many long polls the server holds at once, in all and per device. A held poll costs a
// connection and a timer, never a thread, but connections are capped (connection_limits.hpp):
// without this gate one token could keep a long poll on every connection its address may
// hold, and a venue's devices behind one address could not push. A poll past either count is
// answered at once (429 with Retry-After) instead of being held.
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace kiosk::sync::server {

struct PollLimits {
    // A device needs one; two lets a retry overlap a poll its answer was lost for.
    std::size_t per_device = 2;
    // Well under the 512 connections, so pushes always find room.
    std::size_t in_all = 256;
};

class PollGate {
public:
    explicit PollGate(PollLimits limits = {}) : limits_(limits) {}
    PollGate(const PollGate&) = delete;
    PollGate& operator=(const PollGate&) = delete;

    // A held place, given back when the last copy of the pointer goes; nothing when full.
    std::shared_ptr<void> try_hold(const std::string& device_id);
    std::size_t held() const;

private:
    void release(const std::string& device_id);

    PollLimits limits_;
    mutable std::mutex mutex_;
    std::size_t held_ = 0;
    std::map<std::string, std::size_t> per_device_;
};

}  // namespace kiosk::sync::server
