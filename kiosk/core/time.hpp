#pragma once
// Time in the domain is always UTC seconds, passed in by the caller. Venue local time is a
// presentation concern handled with the venue's time zone name.
#include <chrono>
#include <cstdint>
#include <string>

namespace kiosk::core {

using Timestamp = std::chrono::sys_seconds;
using Minutes = std::chrono::minutes;

// The one way the rest of the program learns the time, so tests can set it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
};

// A clock for tests and for the screenshot command: it says what it is told.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Timestamp at) : at_(at) {}
    Timestamp now() const override { return at_; }
    void set(Timestamp at) { at_ = at; }
    void advance(std::chrono::seconds by) { at_ += by; }

private:
    Timestamp at_;
};

std::int64_t to_unix(Timestamp t);
Timestamp from_unix(std::int64_t seconds);

// "2026-11-23T14:05:00Z"
std::string to_iso8601(Timestamp t);

// Venue-local wall time, for display ("14:05"), in the IANA zone given.
std::string local_hhmm(Timestamp t, const std::string& time_zone);
// Venue-local date, "2026-11-23".
std::string local_date(Timestamp t, const std::string& time_zone);
// The UTC instant of a venue-local wall time on a venue-local date ("2026-11-23", 10, 30).
Timestamp local_to_utc(const std::string& local_date_iso, int hour, int minute,
                       const std::string& time_zone);
// The UTC instants at which the venue-local day containing `t` starts and ends.
struct DayBounds {
    Timestamp start;
    Timestamp end;
};
DayBounds local_day_bounds(Timestamp t, const std::string& time_zone);

}  // namespace kiosk::core
