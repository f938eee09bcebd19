// The view structs of the family screens, built from the controller's state. Only what a
// family may see goes in: first names and relationships, times, room, rules, activity ids.
#include "kiosk/app/family/family_controller.hpp"

#include <algorithm>

#include "kiosk/app/rule_words.hpp"
#include "kiosk/core/supervision.hpp"

namespace kiosk::app {

ui::AttractView FamilyController::attract_view() const {
    return {venue_.name, clock_text(), languages_, language_};
}

ui::CodeView FamilyController::code_view() const {
    return {venue_.name, clock_text(), entry_.for_feedback, entry_.typed_code, entry_.code_message_key};
}

ui::LockedView FamilyController::locked_view() const {
    const auto left = std::max(locked_until_ - now(), std::chrono::seconds{0});
    const auto minutes = static_cast<int>((left.count() + 59) / 60);
    return {venue_.name, clock_text(), std::max(minutes, 1)};
}

ui::AttendeesView FamilyController::attendees_view() const {
    ui::AttendeesView view{venue_.name, clock_text(), {}, entry_.staff_told_of_someone_else};
    if (!entry_.visit) return view;
    const auto& already = entry_.visit->already_checked_in;
    const auto& attendees = entry_.visit->version.attendees;
    for (std::size_t i = 0; i < attendees.size(); ++i) {
        const bool in = std::find(already.begin(), already.end(), attendees[i].adult_id) != already.end();
        view.attendees.push_back({attendees[i].relationship + " — " + attendees[i].first_name,
                                  i < entry_.ticked.size() && entry_.ticked[i], in});
    }
    return view;
}

ui::NoticeView FamilyController::notice_view() const {
    ui::NoticeView view;
    view.venue_name = venue_.name;
    view.clock_hhmm = clock_text();
    switch (notice_) {
        case NoticeKind::Early:
            view.screen_name = "family/early";
            view.title_key = "arrival.early_title";
            view.body_key = "arrival.early_body";
            if (entry_.visit) {
                view.values = {{"time", core::local_hhmm(entry_.visit->session.starts_at, venue_.time_zone)}};
            }
            break;
        case NoticeKind::Late:
            view.screen_name = "family/late";
            view.title_key = "arrival.late_title";
            view.body_key = "arrival.late_body";
            view.tone = ui::NoticeTone::AskStaff;
            break;
        case NoticeKind::Error:
            view.screen_name = "family/error";
            view.title_key = "error.title";
            view.body_key = "error.body";
            view.tone = ui::NoticeTone::AskStaff;
            break;
        case NoticeKind::FeedbackThanks:
            view.screen_name = "family/feedback-thanks";
            view.title_key = "feedback.thanks_title";
            view.body_key = "feedback.thanks_body";
            break;
    }
    return view;
}

ui::AgreementView FamilyController::agreement_view() const {
    ui::AgreementView view;
    view.venue_name = venue_.name;
    view.clock_hhmm = clock_text();
    if (!entry_.visit) return view;
    const LobbyVisit& visit = *entry_.visit;
    view.starts_hhmm = core::local_hhmm(visit.session.starts_at, venue_.time_zone);
    view.minutes = visit.session.minutes;
    view.room_name = visit.room_name;
    view.supervision = std::string{core::to_string(visit.version.supervision_level)};
    // Every rule in the family's language: library rules from the catalog, the coordinator's
    // own in a translation or, without one, a sentence saying staff will explain it.
    for (const core::AgreementRule& rule : visit.version.rules) {
        const RuleWords words = rule_words(rule, language_, home_language_);
        view.rules.push_back({words.heading_key, words.text_key, words.text});
    }
    return view;
}

ui::SignatureView FamilyController::signature_view() const {
    return {venue_.name, clock_text(), entry_.signature, core::looks_signed(entry_.signature)};
}

ui::ActivitiesView FamilyController::activities_view() const {
    ui::ActivitiesView view{venue_.name, clock_text(), {}, {}};
    if (entry_.visit) {
        view.child_ages = entry_.visit->child_ages;
        std::sort(view.child_ages.begin(), view.child_ages.end());  // "4 and 10", youngest first
    }
    for (const core::ChildrenSuggestion& s : entry_.suggestions) {
        ui::ActivityCardView card{s.activity.id, s.activity.min_age, s.activity.max_age,
                                  s.activity.energy == core::Energy::Calm, {}};
        // An idea for some of the children says whose it is, by age (never by name).
        if (!s.suits_everyone && entry_.visit) {
            for (const std::size_t child : s.suits) card.for_ages.push_back(entry_.visit->child_ages[child]);
        }
        view.activities.push_back(std::move(card));
    }
    return view;
}

ui::DoneView FamilyController::done_view() const {
    return {venue_.name, clock_text(), chosen_first_names(),
            entry_.visit ? entry_.visit->worker_first_name : std::string{}};
}

ui::FeedbackView FamilyController::feedback_view() const {
    ui::FeedbackView view;
    view.venue_name = venue_.name;
    view.clock_hhmm = clock_text();
    view.question = entry_.child_face == 0 ? ui::FeedbackQuestion::Child : ui::FeedbackQuestion::Adult;
    view.adult_face = entry_.adult_face;
    view.anonymous = entry_.anonymous;
    view.comment = entry_.comment;
    view.message_key = entry_.feedback_message_key;
    return view;
}

ui::CommentView FamilyController::comment_view() const {
    return {venue_.name, clock_text(), entry_.comment, entry_.feedback_message_key};
}

}  // namespace kiosk::app
