#include "kiosk/app/demo/demo_seed_feedback.hpp"

#include <array>

#include "kiosk/app/record_payload.hpp"
#include "kiosk/core/feedback_week.hpp"
#include "kiosk/store/feedback_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {

struct DemoFeedback {
    int child_face;  // 0: the child's question was skipped
    int adult_face;
    bool anonymous;
    const char* comment;
};

// A believable week: mostly happy children, one hard visit, two skipped faces.
constexpr std::array<DemoFeedback, 9> kWeek{{
    {5, 5, false, "Lovely to see how much she has grown. Thank you for the paints."},
    {4, 4, true, ""},
    {5, 4, false, ""},
    {2, 3, true, "The room was cold and he did not want to take his coat off."},
    {5, 5, false, "Can we have the garden room next time?"},
    {0, 4, false, ""},
    {4, 5, true, "The staff were kind when I got upset at the end."},
    {3, 3, false, ""},
    {0, 2, true, "Too short. An hour goes so fast."},
}};

}  // namespace

void seed_demo_feedback(store::Database& db, const std::vector<DemoVisit>& past_visits, core::Id venue_id,
                        const std::string& time_zone) {
    store::FeedbackRepository feedback(db);
    store::OutboxRepository outbox(db);
    std::size_t n = 0;
    for (const auto& visit : past_visits) {
        if (n == kWeek.size()) break;
        const DemoFeedback& d = kWeek[n++];
        core::Feedback f;
        f.session_id = d.anonymous ? 0 : visit.session_id;
        f.child_face = d.child_face;
        f.adult_face = d.adult_face;
        f.comment = d.comment;
        f.anonymous = d.anonymous;
        f.at = visit.starts + std::chrono::minutes{visit.minutes + 10};
        f.venue_id = venue_id;
        f.week = core::week_of(f.at, time_zone);
        store::WriteTransaction tx(db, "lobby", f.at);
        if (d.anonymous) f.at = core::week_start(f.week, time_zone);  // as the lobby keeps it
        const auto record_time = d.anonymous ? std::optional{f.at} : std::nullopt;
        feedback.add(tx, f, payload_for(db, "feedback"), record_time);
        // Sent with that evening's sync, as the rest of last week's records were.
        for (const auto& item : outbox.next_batch(1000)) {
            if (item.kind == "feedback") outbox.mark_sent(tx, item.uuid);
        }
        tx.commit();
    }
}

}  // namespace kiosk::app
