// Issue #16 in the venue's replication: a version's arrangement and siblings, a booking's
// siblings (their carers' windows, arrivals and who brought them) and a referral's language
// needs, read for a snapshot and written from a pulled one. Every reference by UUID.
#include "kiosk/store/replica_contact_kinds.hpp"

#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/database.hpp"

namespace kiosk::store {
namespace r = core::replica;

void read_version_contact_kinds(Database& db, core::Id version_id, r::AgreementVersion& v) {
    v.arrangement = read_arrangement(db, version_id);
    auto s = db.cached("SELECT c.uuid, g.carer_arrive_from_minutes_before, g.carer_arrive_until_minutes_before, "
                       "g.carer_leave_order FROM agreement_siblings g JOIN children c ON c.id = g.child_id "
                       "WHERE g.agreement_version_id = ? ORDER BY g.position");
    s.bind_all(version_id);
    while (s.step()) {
        v.sibling_uuids.push_back(s.text(0));
        v.sibling_carer_plans.push_back({core::Party::Carer, s.integer(1), s.integer(2), s.integer(3)});
    }
}

void read_booking_siblings(Database& db, core::Id session_id, r::Booking& b) {
    auto s = db.cached("SELECT c.uuid, g.carer_arrive_from, g.carer_arrive_until, g.carer_leave_order, g.arrived_at, "
                       "g.brought_by FROM session_siblings g JOIN children c ON c.id = g.child_id "
                       "WHERE g.session_id = ? ORDER BY g.position");
    s.bind_all(session_id);
    std::vector<std::string> brought_by;
    while (s.step()) {
        b.sibling_uuids.push_back(s.text(0));
        b.sibling_carer_windows.push_back(
            {core::Party::Carer, core::from_unix(s.int64(1)), core::from_unix(s.int64(2)), s.integer(3)});
        b.sibling_arrived_at.push_back(s.is_null(4) ? std::nullopt : std::optional{core::from_unix(s.int64(4))});
        brought_by.push_back(s.text(5));
    }
    if (!b.sibling_uuids.empty()) b.sibling_brought_by = std::move(brought_by);
}

void read_referral_language(Database& db, core::Id referral_id, r::Referral& v) {
    auto s = db.cached("SELECT preferred_language, interpreter_needed FROM referrals WHERE id = ?");
    s.bind_all(referral_id);
    if (!s.step()) return;
    v.preferred_language = s.text(0);
    v.interpreter_needed = s.integer(1) != 0;
}

void write_version_contact_kinds(Database& db, core::Id version_id, const r::AgreementVersion& v,
                                 const std::vector<core::Id>& sibling_ids) {
    // An older sender says nothing of how contact happens: the version stays as it is held.
    if (v.arrangement) write_arrangement(db, version_id, *v.arrangement);
    std::vector<core::SiblingPlan> siblings;
    for (std::size_t i = 0; i < sibling_ids.size() && i < v.sibling_carer_plans.size(); ++i) {
        siblings.push_back({sibling_ids[i], static_cast<int>(i) + 2, v.sibling_carer_plans[i], {}});
    }
    replace_siblings(db, version_id, siblings);
}

void write_booking_siblings(Database& db, core::Id session_id, const r::Booking& b,
                            const std::vector<core::Id>& sibling_ids) {
    // Who brought a sibling and when stay once set (the day's details, as the booking's own).
    std::vector<std::pair<std::optional<std::int64_t>, std::string>> held;
    for (const core::Id child : sibling_ids) {
        auto s = db.cached("SELECT arrived_at, brought_by FROM session_siblings WHERE session_id = ? AND child_id = ?");
        s.bind_all(session_id, child);
        if (s.step()) {
            held.emplace_back(s.is_null(0) ? std::nullopt : std::optional{s.int64(0)}, s.text(1));
        } else {
            held.emplace_back(std::nullopt, std::string{});
        }
    }
    db.cached("DELETE FROM session_siblings WHERE session_id = ?").bind_all(session_id).run();
    for (std::size_t i = 0; i < sibling_ids.size() && i < b.sibling_carer_windows.size(); ++i) {
        const auto& w = b.sibling_carer_windows[i];
        std::optional<std::int64_t> arrived = held[i].first;
        if (!arrived && i < b.sibling_arrived_at.size() && b.sibling_arrived_at[i]) arrived = core::to_unix(*b.sibling_arrived_at[i]);
        std::string brought_by = held[i].second;
        if (brought_by.empty() && b.sibling_brought_by && i < b.sibling_brought_by->size()) brought_by = (*b.sibling_brought_by)[i];
        db.cached("INSERT INTO session_siblings (session_id, child_id, position, carer_arrive_from, carer_arrive_until, "
                  "carer_leave_order, brought_by, arrived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind_all(session_id, sibling_ids[i], static_cast<int>(i) + 2, core::to_unix(w.arrive_from),
                      core::to_unix(w.arrive_until), w.leave_order, brought_by, arrived)
            .run();
    }
}

void write_referral_language(Database& db, core::Id referral_id, const r::Referral& v) {
    if (v.preferred_language) {
        db.cached("UPDATE referrals SET preferred_language = ? WHERE id = ?").bind_all(*v.preferred_language, referral_id).run();
    }
    if (v.interpreter_needed) {
        db.cached("UPDATE referrals SET interpreter_needed = ? WHERE id = ?")
            .bind_all(*v.interpreter_needed ? 1 : 0, referral_id)
            .run();
    }
}

}  // namespace kiosk::store
