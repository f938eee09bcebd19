// How contact happens (schema v14) and the siblings named on an agreement version (schema v13).
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/database.hpp"

namespace kiosk::store {

void write_arrangement(Database& db, core::Id version_id, const core::ContactArrangement& a) {
    db.cached("UPDATE agreement_versions SET contact_mode = ?, call_platform = ?, call_started_by = ?, "
              "community_place = ?, supervised_by = ?, supervisor_name = ? WHERE id = ?")
        .bind_all(core::to_string(a.mode), a.platform, core::to_string(a.call_started_by), a.community_place,
                  core::to_string(a.supervised_by), a.supervisor_name, version_id)
        .run();
}

core::ContactArrangement read_arrangement(Database& db, core::Id version_id) {
    core::ContactArrangement a;
    auto s = db.cached("SELECT contact_mode, call_platform, call_started_by, community_place, supervised_by, "
                       "supervisor_name FROM agreement_versions WHERE id = ?");
    s.bind_all(version_id);
    if (!s.step()) return a;
    a.mode = core::parse_contact_mode(s.text(0)).value_or(core::ContactMode::Venue);
    a.platform = s.text(1);
    a.call_started_by = core::parse_call_starter(s.text(2)).value_or(core::CallStarter::Worker);
    a.community_place = s.text(3);
    a.supervised_by = core::parse_supervised_by(s.text(4)).value_or(core::SupervisedBy::ContactWorker);
    a.supervisor_name = s.text(5);
    return a;
}

void replace_siblings(Database& db, core::Id version_id, const std::vector<core::SiblingPlan>& siblings) {
    db.cached("DELETE FROM agreement_siblings WHERE agreement_version_id = ?").bind_all(version_id).run();
    for (const auto& s : siblings) {
        db.cached("INSERT INTO agreement_siblings (agreement_version_id, child_id, position, "
                  "carer_arrive_from_minutes_before, carer_arrive_until_minutes_before, carer_leave_order) "
                  "VALUES (?, ?, ?, ?, ?, ?)")
            .bind_all(version_id, s.child_id, s.position, s.carer.arrive_from_minutes_before,
                      s.carer.arrive_until_minutes_before, s.carer.leave_order)
            .run();
    }
}

std::vector<core::SiblingPlan> read_siblings(Database& db, core::Id version_id) {
    std::vector<core::SiblingPlan> out;
    auto s = db.cached(
        "SELECT g.child_id, g.position, g.carer_arrive_from_minutes_before, g.carer_arrive_until_minutes_before, "
        "g.carer_leave_order, c.first_name FROM agreement_siblings g JOIN children c ON c.id = g.child_id "
        "WHERE g.agreement_version_id = ? ORDER BY g.position");
    s.bind_all(version_id);
    while (s.step()) {
        out.push_back({s.int64(0), s.integer(1), {core::Party::Carer, s.integer(2), s.integer(3), s.integer(4)}, s.text(5)});
    }
    return out;
}

}  // namespace kiosk::store
