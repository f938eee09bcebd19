#include "kiosk/store/referral_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
constexpr const char* kColumns =
    "SELECT id, child_id, social_worker, social_worker_notes, received_at, status, preferred_language, "
    "interpreter_needed FROM referrals ";

core::Referral read_referral(const Statement& s) {
    return core::Referral{.id = s.int64(0),
                          .child_id = s.int64(1),
                          .social_worker = s.text(2),
                          .social_worker_notes = s.text(3),
                          .received_at = core::from_unix(s.int64(4)),
                          .status = core::parse_referral_status(s.text(5)).value_or(core::ReferralStatus::New),
                          .language = {s.text(6), s.integer(7) != 0}};
}
}  // namespace

core::Id ReferralRepository::add(WriteTransaction& tx, const core::Referral& r) {
    tx.db().cached("INSERT INTO referrals (child_id, social_worker, social_worker_notes, received_at, status) "
                   "VALUES (?, ?, ?, ?, ?)")
        .bind_all(r.child_id, r.social_worker, r.social_worker_notes, core::to_unix(r.received_at),
                  core::to_string(r.status))
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.db().cached("UPDATE referrals SET preferred_language = ?, interpreter_needed = ? WHERE id = ?")
        .bind_all(r.language.preferred, r.language.interpreter_needed ? 1 : 0, id)
        .run();
    tx.audit("referral.received", "referral", id);
    return id;
}

void ReferralRepository::set_status(WriteTransaction& tx, core::Id referral_id, core::ReferralStatus status) {
    tx.db().cached("UPDATE referrals SET status = ? WHERE id = ?").bind_all(core::to_string(status), referral_id).run();
    if (tx.db().changes() == 0) throw StoreError(StoreErrorKind::NotFound, "no such referral");
    tx.audit("referral.status_changed", "referral", referral_id, std::string(core::to_string(status)));
}

void ReferralRepository::set_language_needs(WriteTransaction& tx, core::Id referral_id, const core::LanguageNeeds& needs) {
    tx.db().cached("UPDATE referrals SET preferred_language = ?, interpreter_needed = ? WHERE id = ?")
        .bind_all(needs.preferred, needs.interpreter_needed ? 1 : 0, referral_id)
        .run();
    if (tx.db().changes() == 0) throw StoreError(StoreErrorKind::NotFound, "no such referral");
    // The code only: which language a family speaks is theirs, but not a name or a note.
    tx.audit("referral.language_needs", "referral", referral_id,
             needs.preferred + (needs.interpreter_needed ? " interpreter" : ""));
}

core::LanguageNeeds ReferralRepository::language_needs_for_child(core::Id child_id) {
    // The newest referral that says anything: a later referral without a language keeps the
    // earlier one's (the family did not change language).
    auto s = db_.cached("SELECT preferred_language, interpreter_needed FROM referrals WHERE child_id = ? "
                        "AND (preferred_language <> '' OR interpreter_needed = 1) ORDER BY received_at DESC, id DESC LIMIT 1");
    s.bind_all(child_id);
    if (!s.step()) return {};
    return {s.text(0), s.integer(1) != 0};
}

void ReferralRepository::close(WriteTransaction& tx, core::Id referral_id, core::Id by_staff, const std::string& reason) {
    const auto referral = find(referral_id);
    if (!referral) throw StoreError(StoreErrorKind::NotFound, "no such referral");
    if (referral->status == core::ReferralStatus::Closed) throw StoreError(StoreErrorKind::Refused, "the referral is closed already");
    tx.db().cached("INSERT INTO referral_closures (referral_id, closed_by, closed_at, reason) VALUES (?, ?, ?, ?)")
        .bind_all(referral_id, by_staff, core::to_unix(tx.at()), reason)
        .run();
    set_status(tx, referral_id, core::ReferralStatus::Closed);
}

std::optional<ReferralClosure> ReferralRepository::closure(core::Id referral_id) {
    auto s = db_.cached("SELECT closed_by, closed_at, reason FROM referral_closures WHERE referral_id = ?");
    s.bind_all(referral_id);
    if (!s.step()) return std::nullopt;
    return ReferralClosure{s.int64(0), core::from_unix(s.int64(1)), s.text(2)};
}

std::optional<core::Referral> ReferralRepository::find(core::Id id) {
    auto s = db_.cached(std::string(kColumns) + "WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return read_referral(s);
}

std::vector<core::Referral> ReferralRepository::inbox() {
    std::vector<core::Referral> out;
    auto s = db_.cached(std::string(kColumns) +
                        "ORDER BY CASE status WHEN 'new' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'agreed' THEN 2 "
                        "ELSE 3 END, received_at, id");
    while (s.step()) out.push_back(read_referral(s));
    return out;
}

core::Id ReferralRepository::add_assessment(WriteTransaction& tx, const core::RiskAssessment& a) {
    tx.db().cached("INSERT INTO risk_assessments (referral_id, assessed_by, assessed_at, risk_factors, "
                   "protective_factors, contact_history, child_wishes, recommended_level, chosen_level, "
                   "reason_for_lower_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(a.referral_id, a.assessed_by, core::to_unix(a.assessed_at), a.risk_factors, a.protective_factors,
                  a.contact_history, a.child_wishes, core::to_string(a.recommended_level),
                  core::to_string(a.chosen_level), a.reason_for_lower_level)
        .run();
    const core::Id id = tx.db().last_insert_id();
    // The levels go in the audit detail; the factors and reasons are case content and do not.
    tx.audit("risk_assessment.saved", "risk_assessment", id,
             "recommended=" + std::string(core::to_string(a.recommended_level)) +
                 " chosen=" + std::string(core::to_string(a.chosen_level)));
    return id;
}

std::optional<core::RiskAssessment> ReferralRepository::latest_assessment(core::Id referral_id) {
    auto s = db_.cached("SELECT id, referral_id, assessed_by, assessed_at, risk_factors, protective_factors, "
                        "contact_history, child_wishes, recommended_level, chosen_level, reason_for_lower_level "
                        "FROM risk_assessments WHERE referral_id = ? ORDER BY id DESC LIMIT 1");
    s.bind_all(referral_id);
    if (!s.step()) return std::nullopt;
    core::RiskAssessment a;
    a.id = s.int64(0);
    a.referral_id = s.int64(1);
    a.assessed_by = s.int64(2);
    a.assessed_at = core::from_unix(s.int64(3));
    a.risk_factors = s.text(4);
    a.protective_factors = s.text(5);
    a.contact_history = s.text(6);
    a.child_wishes = s.text(7);
    a.recommended_level = core::parse_supervision_level(s.text(8)).value_or(core::SupervisionLevel::CloselySupervised);
    a.chosen_level = core::parse_supervision_level(s.text(9)).value_or(core::SupervisionLevel::CloselySupervised);
    a.reason_for_lower_level = s.text(10);
    return a;
}

}  // namespace kiosk::store
