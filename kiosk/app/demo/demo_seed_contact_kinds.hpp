#pragma once
// Issue #16's part of the demo: a sibling visit this afternoon (Zofia and her little sister,
// placed with another carer), a WhatsApp video call the carer starts, contact in the park
// supervised by a consistent adult, and a family whose referral asks for Polish and an
// interpreter. Deterministic, and only a handful of rows, so a large seed is no slower.
#include <string>
#include <vector>

#include "kiosk/app/demo/demo_seed_coordinator.hpp"
#include "kiosk/app/demo/demo_seed.hpp"

namespace kiosk::app {

// `families` as for seed_coordinator_demo (after it: the referrals exist); `workers` the seeded
// workers (Jo, Sam, Priya). Adds the sibling visit to `result`.
void seed_contact_kinds_demo(store::Database& db, const std::vector<CoordinatorDemoFamily>& families,
                             const std::vector<core::Id>& workers, core::Timestamp today, const std::string& time_zone,
                             DemoSeedResult& result);

// The codes the demo's sibling visit and video call use (tests and screenshots find them).
inline constexpr const char* kDemoSiblingVisitCode = "MQ4HTK";
inline constexpr const char* kDemoCallVisitCode = "VC7RNP";
inline constexpr const char* kDemoParkVisitCode = "PK6WDX";

}  // namespace kiosk::app
