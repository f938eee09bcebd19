#pragma once
// Letterbox contact at the coordinator's desk (issue #16, item 3): an arrangement saved, an item
// logged as it arrives, an item checked and forwarded, or held with a reason. Each is one write
// transaction with its audit row; deciding an item queues its sealed record for the social work
// team; an arrangement travels to the venue's other coordinators as a journal snapshot.
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/app/letterbox/letterbox_decision.hpp"
#include "kiosk/core/letterbox.hpp"

namespace kiosk::app {

LetterboxResult save_letterbox_arrangement(const CoordinatorContext& ctx, core::LetterboxArrangement arrangement);
// `item.received_at` is when it arrived (the coordinator may log yesterday's post).
LetterboxResult log_letterbox_item(const CoordinatorContext& ctx, core::LetterboxItem item);
// The shared decision (kiosk/app/letterbox/letterbox_decision.hpp) with the coordinator as checker.
LetterboxResult decide_letterbox_item(const CoordinatorContext& ctx, core::Id item_id, core::LetterboxDecision decision,
                                      const std::vector<core::LetterboxCheck>& checks_passed, const std::string& reason);

}  // namespace kiosk::app
