#pragma once
// A face's read model (issue #17): the view a screen draws, built from the store only when
// something it shows may have changed, and drawn from memory on every other frame. What counts
// as a change is the face's own business, gathered in one DataGeneration: its own writes (an
// intent handled), a page of changes the sync worker applied, and the clock reaching a new
// minute (every clock on screen shows minutes). A frame that changed nothing reads no database.
#include <chrono>
#include <cstdint>
#include <optional>
#include <utility>

#include "kiosk/core/time.hpp"

namespace kiosk::app {

// Moves on whenever what a face shows may have changed.
class DataGeneration {
public:
    void changed() { ++value_; }
    std::uint64_t value() const { return value_; }

private:
    std::uint64_t value_ = 1;
};

// The generation and the minute a view was built for, and anything else it depends on that the
// generation does not follow (the coordinator's views hold words already in the screen's language).
template <class Detail>
struct ReadModelKey {
    std::uint64_t generation = 0;
    std::int64_t minute = 0;
    Detail detail{};
    bool operator==(const ReadModelKey&) const = default;
};

inline std::int64_t minute_of(core::Timestamp t) {
    return std::chrono::floor<std::chrono::minutes>(t).time_since_epoch().count();
}

struct NoDetail {
    bool operator==(const NoDetail&) const = default;
};

template <class View, class Detail = NoDetail>
class ReadModel {
public:
    using Key = ReadModelKey<Detail>;

    // The view for `key`: the one kept when it was built for the same key, else `build()`'s.
    // The reference holds until the next get() (which may build anew in its place).
    template <class Build>
    const View& get(const Key& key, Build&& build) {
        if (!view_ || !(key == key_)) {
            view_ = std::forward<Build>(build)();
            key_ = key;
            ++builds_;
        }
        return *view_;
    }
    // How many times the view was built (tests: a frame that changed nothing builds nothing).
    std::uint64_t builds() const { return builds_; }

private:
    std::optional<View> view_;
    Key key_{};
    std::uint64_t builds_ = 0;
};

}  // namespace kiosk::app
