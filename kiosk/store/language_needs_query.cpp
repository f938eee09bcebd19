#include "kiosk/store/language_needs_query.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/referral_repository.hpp"

namespace kiosk::store {

core::LanguageNeeds family_language_needs(Database& db, core::Id child_id) {
    bool holds_referrals = false;
    {
        auto s = db.cached("SELECT EXISTS (SELECT 1 FROM referrals WHERE child_id = ?)");
        s.bind_all(child_id);
        holds_referrals = s.step() && s.integer(0) != 0;
    }
    // A referral cleared of its language on this device says so at once, not when the hub's
    // copy comes back.
    if (holds_referrals) return ReferralRepository(db).language_needs_for_child(child_id);
    auto s = db.cached("SELECT preferred_language, interpreter_needed FROM children WHERE id = ?");
    s.bind_all(child_id);
    if (!s.step()) return {};
    return {s.text(0), s.integer(1) != 0};
}

}  // namespace kiosk::store
