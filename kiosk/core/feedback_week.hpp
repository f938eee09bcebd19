#pragma once
// Families' feedback as the coordinator reads it (issue #16, item 9): by venue and by week, the
// child's faces counted for a simple chart. The week is the one a feedback was given in, named by
// its venue-local Monday; it is also all an anonymous feedback says about when it was given
// (never the session, never the time), so the social work team's server cannot tie it to a visit.
#include <array>
#include <string>
#include <vector>

#include "kiosk/core/time.hpp"

namespace kiosk::core {

// The venue-local Monday ("2026-11-23") of the week containing `t`.
std::string week_of(Timestamp t, const std::string& time_zone);
// The moment that week starts (Monday 00:00 at the venue): the time an anonymous feedback's
// outbox record says it was made.
Timestamp week_start(const std::string& monday, const std::string& time_zone);

// The faces of one question (the child's or the adult's), 1 (very sad) .. 5 (very happy).
struct FaceTally {
    std::array<int, 5> faces{};  // faces[0] counts the saddest face
    int not_given = 0;           // feedback that skipped this question (face 0)
    int given() const;
    // The largest count of one face: a chart's bars are scaled to it (0 when none was given).
    int most() const;
    // The mean face to one decimal, x10 (43 for 4.3); 0 when none was given.
    int mean_tenths() const;
};

// Counts faces; anything outside 0..5 (a bad row) counts as not given.
FaceTally tally_faces(const std::vector<int>& faces);

}  // namespace kiosk::core
