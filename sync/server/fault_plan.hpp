#pragma once
// Misbehaviour on request, so that tests can meet the client with what real networks and
// servers do: errors, throttling, stalls, a connection cut after the batch was stored,
// garbage and half answers, a redirect to plain http. The production server never sets one.
#include <chrono>
#include <deque>
#include <mutex>
#include <optional>
#include <string>

namespace kiosk::sync::server {

enum class Fault {
    Pass,                // answer normally (to let earlier requests through)
    InternalError,       // 500 before storing anything
    TooManyRequests,     // 429 with Retry-After, before storing anything
    Stall,               // accept, then send a few bytes and go silent
    CutAfterStore,       // store the batch, then drop the connection without an answer
    GarbageAnswer,       // store, then answer 200 with text that is not JSON
    TruncatedAnswer,     // store, then answer 200 with half of the JSON
    RedirectToHttp,      // 307 to an http:// address
    MalformedPage,       // a pull page that is JSON but whose second change lacks its fields
};

struct FaultStep {
    explicit FaultStep(Fault what) : fault(what) {}
    static FaultStep too_many_requests(int retry_after_seconds) {
        FaultStep step(Fault::TooManyRequests);
        step.retry_after_seconds = retry_after_seconds;
        return step;
    }
    static FaultStep stall(std::chrono::milliseconds for_how_long) {
        FaultStep step(Fault::Stall);
        step.stall_for = for_how_long;
        return step;
    }
    static FaultStep redirect(std::string to) {
        FaultStep step(Fault::RedirectToHttp);
        step.redirect_to = std::move(to);
        return step;
    }

    Fault fault;
    int retry_after_seconds = 1;
    std::string redirect_to;
    std::chrono::milliseconds stall_for{3000};
};

// A queue of faults, each used by one request, in order. Thread-safe.
class FaultPlan {
public:
    void add(FaultStep step, int times = 1) {
        const std::lock_guard lock(mutex_);
        for (int i = 0; i < times; ++i) steps_.push_back(step);
    }
    std::optional<FaultStep> take() {
        const std::lock_guard lock(mutex_);
        if (steps_.empty()) return std::nullopt;
        FaultStep step = steps_.front();
        steps_.pop_front();
        return step;
    }
    std::size_t pending() {
        const std::lock_guard lock(mutex_);
        return steps_.size();
    }

private:
    std::mutex mutex_;
    std::deque<FaultStep> steps_;
};

}  // namespace kiosk::sync::server
