#pragma once
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"

namespace kiosk::core {

struct Venue {
    Id id = 0;
    std::string name;
    std::string time_zone;  // IANA name, e.g. "Europe/London"
    std::string address;
};

struct Room {
    Id id = 0;
    Id venue_id = 0;
    std::string name;
    int capacity = 0;
    // What the room has, as feature keys ("floor_mats", "kitchen", "garden", "baby_change").
    std::vector<std::string> features;
};

}  // namespace kiosk::core
