// A demo venue's Monday morning after its 09:30 sync, done through the product's own services.
// The demo seed opens on a day whose every past record was already sent (issue #15, item 6),
// so a device enrolled with a fresh server has nothing to send; the tests that follow a whole
// demo day through the real programs (tests/security/demo_day_log_test.cpp, the packaging
// test) run this first so records really travel: the coordinator reviews the final records
// left for the morning, and the holder of the overdue draft finishes and signs it.
//   demo_morning <database> <key file>
// Prints how many records it reviewed and finalized (never a name); exits 1 when it did nothing.
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "kiosk/app/staff/due_records.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/sync_readiness_query.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: demo_morning <database> <key file>\n");
        return 2;
    }
    using namespace kiosk;
    const app::SystemClock system;
    store::Database db = store::Database::open(
        {.database_file = argv[1], .key_file = argv[2], .create_if_missing = false, .now = system.now(), .migrate = true});
    // The seed's day is today at 10:05; a run earlier in the real day still comes after it.
    core::Timestamp now = system.now();
    for (const auto& row : store::AuditLog::latest(db, 1)) now = std::max(now, row.entry.at + std::chrono::minutes{1});
    const core::FixedClock clock{now};
    app::RecordService records(db, clock);

    core::Id coordinator = 0;
    for (const auto& m : store::StaffRepository(db).all()) {
        if (m.active && m.role == core::Role::Coordinator && coordinator == 0) coordinator = m.id;
    }
    int reviewed = 0;
    for (const auto& r : store::unreviewed_final_records(db)) {
        records.mark_reviewed(r.record_id, coordinator);
        ++reviewed;
    }
    int finalized = 0;
    for (const auto& owed : app::due_records(db, now)) {
        if (owed.status != core::DueStatus::Overdue || owed.record_id == 0) continue;
        const auto draft = records.record(owed.record_id);
        if (!draft) continue;
        const core::Id holder = records.holder(*draft);
        for (const auto section : core::required_sections()) {
            const bool written = std::any_of(draft->sections.begin(), draft->sections.end(),
                                             [&](const auto& s) { return s.first == section && !s.second.empty(); });
            if (!written) records.save_section(owed.record_id, holder, section, "Written up on Monday morning.");
        }
        if (records.finalize(owed.record_id, holder).finalized) ++finalized;
    }
    std::printf("demo_morning: reviewed %d, finalized %d\n", reviewed, finalized);
    return reviewed + finalized > 0 ? 0 : 1;
}
