#pragma once
// A small, hand-made family for store tests: one venue and room, a child with a mum and a
// carer, an agreement version and one session today.
#include "kiosk/core/ids.hpp"
#include "kiosk/store/database.hpp"

namespace kiosk::testing {

struct SampleFamily {
    core::Id venue = 0;
    core::Id room = 0;
    core::Id worker = 0;
    core::Id child = 0;
    core::Id mum = 0;
    core::Id uncle = 0;  // in the family, not approved for contact
    core::Id carer = 0;
    core::Id agreement = 0;
    core::Id version = 0;
    core::Id session = 0;
};

inline constexpr const char* kSampleVisitCode = "KT4MPX";
inline constexpr const char* kSampleChildName = "Zephyrine";  // rare, easy to search for in bytes

SampleFamily add_sample_family(store::Database& db);

}  // namespace kiosk::testing
