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

// Issue #16: the sample child's little brother, placed with another carer, and a sibling
// session today at 14:00 under version 2 of the family's agreement (code HN4QRT).
struct SampleSiblings {
    core::Id brother = 0;
    core::Id brother_carer = 0;
    core::Id version = 0;
    core::Id session = 0;
};
inline constexpr const char* kSiblingVisitCode = "HN4QRT";
inline constexpr const char* kSiblingName = "Peregrine";
SampleSiblings add_sample_siblings(store::Database& db, const SampleFamily& family);

// A video call (or, with `community`, contact in a park) today at 15:00 for the sample child,
// under a version of its own (code CW7JMX; a call needs none, but every session has one).
struct SampleArrangement {
    core::Id version = 0;
    core::Id session = 0;
};
inline constexpr const char* kCallVisitCode = "CW7JMX";
SampleArrangement add_sample_call(store::Database& db, const SampleFamily& family, bool community = false);

}  // namespace kiosk::testing
