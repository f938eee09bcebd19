#include "kiosk/app/letterbox/letterbox_decision.hpp"

#include "kiosk/app/record_payload.hpp"
#include "kiosk/store/letterbox_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {

LetterboxResult decide_letterbox_item(store::Database& db, const core::Clock& clock, core::Id checker,
                                      core::Id item_id, core::LetterboxDecision decision,
                                      const std::vector<core::LetterboxCheck>& checks_passed, const std::string& reason) {
    LetterboxResult result;
    store::LetterboxRepository letterbox(db);
    const auto item = letterbox.item(item_id);
    if (!item) throw store::StoreError(store::StoreErrorKind::NotFound, "no such letterbox item");
    result.problems = core::check_decision(*item, decision, checks_passed, reason);
    if (!result.problems.empty()) return result;
    store::WriteTransaction tx(db, "staff:" + std::to_string(checker), clock.now());
    letterbox.decide(tx, item_id, decision, checks_passed, reason, checker, payload_for(db, "letterbox_item"));
    tx.commit();
    result.id = item_id;
    return result;
}

}  // namespace kiosk::app
