#pragma once
// One sample entity of every venue kind, every optional field set (so a round trip covers them
// all), for the protocol tests here and the venue tests of the hub side.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "kiosk/core/replica.hpp"

namespace kiosk::testing {

// A fixed, valid UUID numbered n ("00000000-0000-4000-8000-0000000000nn").
std::string sample_uuid(int n);
std::vector<core::replica::Entity> venue_samples();

// A feed change as an upstream writes it: version 1 of agreement sample_uuid(40), weekly, 60
// minutes in room sample_uuid(5), as agreement version sample_uuid(41), with these rules and
// approved attendees.
nlohmann::json sample_agreement_version_change(nlohmann::json rules, nlohmann::json attendee_uuids);

}  // namespace kiosk::testing
