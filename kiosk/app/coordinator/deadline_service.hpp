#pragma once
// Gathers the deadlines board from the store: comfort calls and icebreakers of placements,
// records not yet final, agreement reviews within two weeks, and missed-session notices.
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/deadline_board.hpp"

namespace kiosk::app {

// Records from this far back still count (older ones are the sync report's business).
inline constexpr int kRecordLookbackDays = 30;
inline constexpr int kReviewLookaheadDays = 14;
// A letterbox exchange shows from a month before it is due (a letter takes time to write and post).
inline constexpr int kLetterboxLookaheadDays = 30;

std::vector<core::Deadline> deadlines_board(const CoordinatorContext& ctx);

}  // namespace kiosk::app
