#include "kiosk/app/demo/demo_seed_records.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "kiosk/app/record_payload.hpp"
#include "kiosk/app/records/record_seal.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/due_dates.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_handover_repository.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
using namespace std::chrono_literals;

constexpr std::size_t kRecordsPerTransaction = 400;
constexpr const char* kActor = "system:demo-seed";

// What a worker writes, two ways per section, so records do not all read the same.
constexpr std::array<std::array<const char*, 2>, 10> kSectionText{{
    {"Everyone arrived within their window. The visit ran its full time.",
     "Mum arrived five minutes early and waited in the lobby; the child arrived on time."},
    {"The foster carer brought the child and collected them at the end.",
     "The child's aunt (kinship carer) brought them and waited in the cafe."},
    {"The child came in smiling and went straight to the toy box.",
     "The child was quiet at first, holding the carer's hand, then walked in on their own."},
    {"The child waved goodbye and left with the carer calmly.",
     "The child asked when the next visit is and was told: next week."},
    {"They played a board game together, taking turns; Mum praised the child's counting.",
     "Mum read two stories; the child sat on her lap and turned the pages."},
    {"The child said \"I like it when we draw\" and asked to do it again next time.",
     "The child told Mum about school and a new friend called Sam."},
    {"I suggested giving the child a five-minute warning before tidying up; Mum did so.",
     "No guidance was needed during this visit."},
    {"Drawing together, then snakes and ladders.", "Stacking cups and bubbles; a short story at the end."},
    {"None.", "None observed."},
    {"A warm, settled visit. Contact is going well at this level of supervision.",
     "The visit went well; the child engaged throughout and left calmly."},
}};

core::ObservationRecord written_record(const DemoVisit& v, core::Id record_id, core::Timestamp created, int variant) {
    core::ObservationRecord r;
    r.id = record_id;
    r.session_id = v.session_id;
    r.author_id = v.worker_id;
    r.created_at = created;
    std::size_t i = 0;
    for (const auto section : core::required_sections()) {
        r.sections.emplace_back(section, kSectionText[i++][static_cast<std::size_t>(variant) % 2]);
    }
    return r;
}

// Writes the record's sections and two timeline entries in `tx`, noting its worker as their writer.
void write_record(store::WriteTransaction& tx, core::ObservationRecord& r, const DemoVisit& v) {
    store::RecordRepository records(tx.db());
    store::RecordHandoverRepository writers(tx.db());
    for (const auto& [section, text] : r.sections) {
        records.save_section(tx, r.id, section, text);
        writers.note_writer(tx, r.id, std::string(core::to_string(section)), v.worker_id);
    }
    const std::array<core::TimelineEntry, 2> entries{{{0, v.starts + 5min, "greeting_hug", ""},
                                                      {0, v.starts + 30min, "", "Shared a snack; both laughed a lot."}}};
    for (auto entry : entries) {
        entry.id = records.add_timeline_entry(tx, r.id, entry);
        r.timeline.push_back(entry);
    }
    writers.note_writer(tx, r.id, store::kTimelinePart, v.worker_id);
}
}  // namespace

void seed_past_records(store::Database& db, const std::vector<DemoVisit>& visits, core::Id coordinator,
                       const std::string& time_zone, core::Timestamp today, int left_unreviewed) {
    if (visits.empty()) return;
    std::map<core::Id, core::StaffMember> signers;
    for (auto& m : store::StaffRepository(db).all()) signers.emplace(m.id, std::move(m));
    std::vector<DemoVisit> ordered = visits;
    std::stable_sort(ordered.begin(), ordered.end(), [](const DemoVisit& a, const DemoVisit& b) { return a.starts < b.starts; });
    const std::size_t reviewed = ordered.size() - std::min(ordered.size(), static_cast<std::size_t>(std::max(left_unreviewed, 0)));
    store::RecordRepository records(db);
    store::OutboxRepository outbox(db);
    for (std::size_t first = 0; first < ordered.size();) {
        // One afternoon's visits at a time (at most a few hundred in a transaction): finished
        // that afternoon; reviewed and delivered the next morning.
        const std::string day = core::local_date(ordered[first].starts, time_zone);
        std::size_t last = first;
        while (last < ordered.size() && last - first < kRecordsPerTransaction &&
               core::local_date(ordered[last].starts, time_zone) == day) {
            ++last;
        }
        const core::Timestamp finished = core::local_to_utc(day, 18, 0, time_zone);
        const core::Timestamp next_morning = std::min(core::local_to_utc(core::add_days(day, 1), 8, 5, time_zone), today);
        std::vector<std::string> sent;
        std::vector<core::Id> ids;
        {
            store::WriteTransaction tx(db, kActor, finished);
            for (std::size_t i = first; i < last; ++i) {
                const DemoVisit& v = ordered[i];
                const core::Id id = records.create_draft(tx, v.session_id, v.worker_id);
                ids.push_back(id);
                core::ObservationRecord r = written_record(v, id, tx.at(), static_cast<int>(i));
                write_record(tx, r, v);
                r.state = core::RecordState::Final;
                r.finalized_at = tx.at();
                r.due_at = core::recording_due_at(v.starts + std::chrono::minutes{v.minutes}, {}, time_zone);
                r.late_entry = core::is_late_entry(*r.due_at, tx.at());
                r.use_note = std::string(core::kRecordUseNote);
                r.signature = seal_record(r, signers.at(v.worker_id));
                records.finalize(tx, id, {.signature = r.signature, .due_at = r.due_at, .late_entry = r.late_entry, .use_note = r.use_note});
                sent.push_back(tx.enqueue({"observation_record", id, record_payload(db, "observation_record", id), false}));
            }
            tx.commit();
        }
        store::WriteTransaction tx(db, kActor, next_morning);
        if (coordinator != 0) {
            for (std::size_t i = first; i < last && i < reviewed; ++i) {
                const core::Id id = ids[i - first];
                records.mark_reviewed(tx, id, coordinator);
                sent.push_back(tx.enqueue({"record_review", id, record_payload(db, "record_review", id), false}));
            }
        }
        outbox.mark_delivered(tx, sent, store::Delivery::Stored);
        tx.commit();
        first = last;
    }
    // The sync after each delivery removes the text the venue no longer keeps (7 days).
    store::WriteTransaction tx(db, kActor, today);
    if (store::purge_synced_records(tx, today - std::chrono::days{7}) > 0) tx.commit();
}

void seed_started_draft(store::Database& db, const DemoVisit& visit, int sections) {
    store::WriteTransaction tx(db, kActor, visit.starts + std::chrono::minutes{visit.minutes} + 20min);
    const core::Id id = store::RecordRepository(db).create_draft(tx, visit.session_id, visit.worker_id);
    core::ObservationRecord r = written_record(visit, id, tx.at(), 1);
    r.sections.resize(static_cast<std::size_t>(std::clamp(sections, 0, 10)));
    write_record(tx, r, visit);
    tx.commit();
}

}  // namespace kiosk::app
