#include "kiosk/store/pull_apply_repository.hpp"

#include "kiosk/store/agreement_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/device_state_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
constexpr std::string_view kCursorKey = "sync.pull_cursor";

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += ',';
        out += item;
    }
    return out;
}
}  // namespace

void PullApplyRepository::upsert(WriteTransaction& tx, const core::Venue& v) {
    tx.db().cached("INSERT INTO venues (id, name, time_zone, address) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone, "
                   "address = excluded.address")
        .bind_all(v.id, v.name, v.time_zone, v.address)
        .run();
}

void PullApplyRepository::upsert(WriteTransaction& tx, const core::Room& r) {
    tx.db().cached("INSERT INTO rooms (id, venue_id, name, capacity, features) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET venue_id = excluded.venue_id, name = excluded.name, "
                   "capacity = excluded.capacity, features = excluded.features")
        .bind_all(r.id, r.venue_id, r.name, r.capacity, join(r.features))
        .run();
}

void PullApplyRepository::upsert(WriteTransaction& tx, const core::Child& c) {
    tx.db().cached("INSERT INTO children (id, first_name, restricted_surname, date_of_birth, needs, allergies, "
                   "medical, restricted_school) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name, "
                   "restricted_surname = excluded.restricted_surname, date_of_birth = excluded.date_of_birth, "
                   "needs = excluded.needs, allergies = excluded.allergies, medical = excluded.medical, "
                   "restricted_school = excluded.restricted_school")
        .bind_all(c.id, c.first_name, c.restricted_surname, c.date_of_birth, c.needs, c.allergies, c.medical,
                  c.restricted_school)
        .run();
}

void PullApplyRepository::upsert(WriteTransaction& tx, const core::FamilyAdult& a) {
    tx.db().cached("INSERT INTO family_adults (id, child_id, first_name, surname, relationship) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET child_id = excluded.child_id, "
                   "first_name = excluded.first_name, surname = excluded.surname, "
                   "relationship = excluded.relationship")
        .bind_all(a.id, a.child_id, a.first_name, a.surname, a.relationship)
        .run();
}

void PullApplyRepository::upsert(WriteTransaction& tx, const core::StaffMember& s) {
    tx.db().cached("INSERT INTO staff (id, display_name, role, active) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, "
                   "active = excluded.active")
        .bind_all(s.id, s.display_name, core::to_string(s.role), s.active)
        .run();
}

void PullApplyRepository::upsert(WriteTransaction& tx, const core::Referral& r) {
    tx.db().cached("INSERT INTO referrals (id, child_id, social_worker, social_worker_notes, received_at, status) "
                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET child_id = excluded.child_id, "
                   "social_worker = excluded.social_worker, social_worker_notes = excluded.social_worker_notes, "
                   "received_at = excluded.received_at, status = excluded.status")
        .bind_all(r.id, r.child_id, r.social_worker, r.social_worker_notes, core::to_unix(r.received_at),
                  core::to_string(r.status))
        .run();
}

void PullApplyRepository::upsert(WriteTransaction& tx, const core::Agreement& a) {
    auto s = tx.db().cached("INSERT INTO agreements (id, child_id, referral_id, created_at) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT(id) DO UPDATE SET child_id = excluded.child_id, "
                            "referral_id = excluded.referral_id, created_at = excluded.created_at");
    s.bind_all(a.id, a.child_id);
    if (a.referral_id != 0) {
        s.bind(3, a.referral_id);
    } else {
        s.bind(3, std::nullopt);
    }
    s.bind(4, core::to_unix(a.created_at)).run();
}

void PullApplyRepository::upsert(WriteTransaction& tx, const core::AgreementVersion& v) {
    Database& db = tx.db();
    auto s = db.cached("INSERT INTO agreement_versions (id, agreement_id, version, effective_from, supervision_level, "
                       "frequency, session_minutes, room_id, grace_minutes, recording_timescale_hours, "
                       "recording_working_days, review_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET agreement_id = excluded.agreement_id, "
                       "version = excluded.version, effective_from = excluded.effective_from, "
                       "supervision_level = excluded.supervision_level, frequency = excluded.frequency, "
                       "session_minutes = excluded.session_minutes, room_id = excluded.room_id, "
                       "grace_minutes = excluded.grace_minutes, "
                       "recording_timescale_hours = excluded.recording_timescale_hours, "
                       "recording_working_days = excluded.recording_working_days, review_date = excluded.review_date");
    s.bind_all(v.id, v.agreement_id, v.version, core::to_unix(v.effective_from), core::to_string(v.supervision_level),
               v.frequency, v.session_minutes);
    if (v.room_id != 0) {
        s.bind(8, v.room_id);
    } else {
        s.bind(8, std::nullopt);
    }
    s.bind(9, v.grace_minutes).bind(10, v.recording_timescale_hours).bind(11, v.recording_working_days);
    s.bind(12, v.review_date).run();
    delete_agreement_rules(db, v.id);
    db.cached("DELETE FROM approved_attendees WHERE agreement_version_id = ?").bind_all(v.id).run();
    int position = 0;
    for (const auto& rule : v.rules) add_agreement_rule(db, v.id, position++, rule);
    for (const auto& attendee : v.attendees) {
        db.cached("INSERT INTO approved_attendees (agreement_version_id, adult_id) VALUES (?, ?)")
            .bind_all(v.id, attendee.adult_id)
            .run();
    }
}

void PullApplyRepository::upsert(WriteTransaction& tx, const core::Session& s) {
    Database& db = tx.db();
    auto q = db.cached("INSERT INTO sessions (id, agreement_version_id, child_id, room_id, worker_id, starts_at, "
                       "minutes, visit_code, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET agreement_version_id = excluded.agreement_version_id, "
                       "child_id = excluded.child_id, room_id = excluded.room_id, worker_id = excluded.worker_id, "
                       "starts_at = excluded.starts_at, minutes = excluded.minutes, "
                       "visit_code = excluded.visit_code");
    q.bind_all(s.id, s.agreement_version_id, s.child_id, s.room_id);
    if (s.worker_id != 0) {
        q.bind(5, s.worker_id);
    } else {
        q.bind(5, std::nullopt);
    }
    q.bind(6, core::to_unix(s.starts_at)).bind(7, s.minutes).bind(8, s.visit_code).bind(9, core::to_string(s.state));
    q.run();
    db.cached("DELETE FROM arrival_windows WHERE session_id = ?").bind_all(s.id).run();
    for (const auto& w : s.arrival_windows) {
        db.cached("INSERT INTO arrival_windows (session_id, party, arrive_from, arrive_until, leave_order) "
                  "VALUES (?, ?, ?, ?, ?)")
            .bind_all(s.id, core::to_string(w.party), core::to_unix(w.arrive_from), core::to_unix(w.arrive_until),
                      w.leave_order)
            .run();
    }
}

std::optional<std::string> PullApplyRepository::cursor() { return DeviceStateRepository(db_).get(kCursorKey); }

void PullApplyRepository::finish_page(WriteTransaction& tx, const std::string& cursor, std::size_t changes) {
    DeviceStateRepository(tx.db()).set(tx, kCursorKey, cursor);
    tx.audit("sync.pulled", "device_state", 0, std::to_string(changes) + " changes, cursor " + cursor);
}

}  // namespace kiosk::store
