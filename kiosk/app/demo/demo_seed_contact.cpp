#include "kiosk/app/demo/demo_seed_contact.hpp"

#include "kiosk/app/coordinator/coordinator_sign_in.hpp"
#include "kiosk/app/record_payload.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/store/letterbox_repository.hpp"
#include "kiosk/store/life_story_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {

void seed_letterbox(store::Database& db, const std::vector<core::Id>& children, core::Id coordinator,
                    core::Timestamp today, const std::string& time_zone) {
    if (children.size() < 2 || coordinator == 0) return;
    const std::string day = core::local_date(today, time_zone);
    store::LetterboxRepository letterbox(db);
    store::WriteTransaction tx(db, "system:demo-seed", today);
    // Twice a year from Mum; the last card came five months and three weeks ago: due soon.
    const core::Id mum = letterbox.save_arrangement(
        tx, {0, children[0], core::LetterboxDirection::ToChild, "Mum", 6, core::add_months(day, -11), true});
    const core::Id last = letterbox.log_item(
        tx, {0, children[0], mum, core::LetterboxDirection::ToChild, core::LetterboxItemKind::Card, "Mum",
             "A Christmas card with a photo of the dog", core::local_to_utc(core::add_days(core::add_months(day, -6), 10), 12, 0, time_zone),
             coordinator, core::LetterboxDecision::Waiting, {}, "", 0, std::nullopt});
    letterbox.decide(tx, last, core::LetterboxDecision::Forwarded, core::letterbox_checks(), "", coordinator,
                     payload_for(db, "letterbox_item"));
    // The child writes to Grandad once a year: the letter is overdue.
    letterbox.save_arrangement(
        tx, {0, children[1], core::LetterboxDirection::FromChild, "Grandad Peter", 12, core::add_days(day, -9), true});
    // Yesterday's post: a letter from Dad for the second child, still to be checked.
    const core::Id dad = letterbox.save_arrangement(
        tx, {0, children[1], core::LetterboxDirection::ToChild, "Dad", 3, core::add_days(day, 20), true});
    letterbox.log_item(tx, {0, children[1], dad, core::LetterboxDirection::ToChild, core::LetterboxItemKind::Letter, "Dad",
                            "Two pages about his new job and the football; asks where she goes to school",
                            today - std::chrono::hours{20}, coordinator, core::LetterboxDecision::Waiting, {}, "", 0,
                            std::nullopt});
    for (const auto& item : store::OutboxRepository(db).next_batch(1000)) {
        if (item.kind == "letterbox_item") store::OutboxRepository(db).mark_sent(tx, item.uuid);
    }
    tx.commit();
}

void seed_life_story(store::Database& db, const std::vector<DemoVisit>& past_visits) {
    if (past_visits.size() < 2) return;
    store::LifeStoryRepository notes(db);
    store::SessionRepository sessions(db);
    const struct {
        core::LifeStoryKind kind;
        const char* words;
        const char* consent;
        const char* kept;
    } kNotes[] = {
        {core::LifeStoryKind::ChildsWords, "\"I want to remember that Mum can whistle with two fingers.\"", "", ""},
        {core::LifeStoryKind::Drawing, "A drawing of the family's old flat, with the red door", "", "Memory box"},
    };
    for (std::size_t i = 0; i < 2; ++i) {
        const DemoVisit& visit = past_visits[i];
        const auto session = sessions.find(visit.session_id);
        if (!session) continue;
        const core::Timestamp at = visit.starts + std::chrono::minutes{visit.minutes - 10};
        store::WriteTransaction tx(db, "staff:" + std::to_string(visit.worker_id), at);
        notes.add(tx, {0, session->child_id, visit.session_id, visit.worker_id, at, kNotes[i].kind, kNotes[i].words,
                       kNotes[i].consent, kNotes[i].kept},
                  payload_for(db, "life_story_note"));
        for (const auto& item : store::OutboxRepository(db).next_batch(1000)) {
            if (item.kind == "life_story_note") store::OutboxRepository(db).mark_sent(tx, item.uuid);
        }
        tx.commit();
    }
}

}  // namespace

void seed_demo_contact(store::Database& db, const std::vector<core::Id>& children, const std::vector<DemoVisit>& past_visits,
                       core::Timestamp today, const std::string& time_zone) {
    seed_letterbox(db, children, first_active_coordinator(db).value_or(0), today, time_zone);
    seed_life_story(db, past_visits);
}

}  // namespace kiosk::app
