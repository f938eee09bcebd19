#pragma once
// One sample entity of every venue kind, every optional field set (so a round trip covers them
// all), for the protocol tests here and the venue tests of the hub side.
#include <string>
#include <vector>

#include "kiosk/core/replica.hpp"

namespace kiosk::testing {

// A fixed, valid UUID numbered n ("00000000-0000-4000-8000-0000000000nn").
std::string sample_uuid(int n);
std::vector<core::replica::Entity> venue_samples();

}  // namespace kiosk::testing
