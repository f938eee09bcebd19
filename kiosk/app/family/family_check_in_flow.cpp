// The check-in half of the family face: who is here, the arrival window, the agreement and its
// signature, activity ideas and the thank-you.
#include <algorithm>
#include <variant>

#include "kiosk/app/family/family_controller.hpp"
#include "kiosk/app/family/signature_json.hpp"

namespace kiosk::app {

std::vector<core::Id> FamilyController::chosen_adults() const {
    std::vector<core::Id> adults;
    if (!entry_.visit) return adults;
    for (std::size_t i = 0; i < entry_.ticked.size(); ++i) {
        if (entry_.ticked[i]) adults.push_back(entry_.visit->version.attendees[i].adult_id);
    }
    return adults;
}

std::vector<std::string> FamilyController::chosen_first_names() const {
    std::vector<std::string> names;
    if (!entry_.visit) return names;
    for (std::size_t i = 0; i < entry_.ticked.size(); ++i) {
        if (entry_.ticked[i]) names.push_back(entry_.visit->version.attendees[i].first_name);
    }
    return names;
}

void FamilyController::handle(const ui::AttendeesIntent& intent) {
    if (!note_input(intent) || !entry_.visit) return;
    if (std::holds_alternative<ui::StartAgain>(intent)) {
        start_again();
    } else if (const auto* toggle = std::get_if<ui::ToggleAttendee>(&intent)) {
        if (toggle->index >= entry_.ticked.size()) return;
        const core::Id adult = entry_.visit->version.attendees[toggle->index].adult_id;
        const auto& already = entry_.visit->already_checked_in;
        // Nobody is checked in twice: a person already in cannot be ticked again.
        if (std::find(already.begin(), already.end(), adult) != already.end()) return;
        entry_.ticked[toggle->index] = !entry_.ticked[toggle->index];
    } else if (std::holds_alternative<ui::SomeoneElseIsHere>(intent)) {
        someone_else_is_here();
    } else if (std::holds_alternative<ui::ConfirmAttendees>(intent)) {
        if (!chosen_adults().empty()) confirm_attendees();
    }
}

void FamilyController::someone_else_is_here() {
    // Staff come to the person who is not on the agreement; the people who are carry on. Sending
    // the whole party away (as before) punished the approved adults for someone else's presence.
    if (entry_.staff_told_of_someone_else) return;  // once per check-in: one alert is enough
    try {
        service_.raise_alert(core::AlertKind::AttendeeNotApproved, entry_.visit->session.id,
                             "staff.alert_detail.attendee_not_approved", now());
    } catch (const std::exception&) {
        return fail_safely();
    }
    entry_.staff_told_of_someone_else = true;
}

void FamilyController::confirm_attendees() {
    const LobbyVisit& visit = *entry_.visit;
    const core::ArrivalWindow* window = core::window_for(visit.session, core::Party::Family);
    const core::ArrivalTiming timing =
        window != nullptr ? core::classify_arrival(*window, now(), visit.version.grace_minutes)
                          : core::ArrivalTiming::OnTime;
    if (timing == core::ArrivalTiming::Early) {
        // Kept for the notice ("your visit starts at 10:00"); nothing is written.
        show_notice(NoticeKind::Early);
        return;
    }
    if (timing == core::ArrivalTiming::Late) {
        try {
            service_.raise_alert(core::AlertKind::LateArrival, visit.session.id,
                                 "staff.alert_detail.late_arrival", now());
        } catch (const std::exception&) {
            return fail_safely();
        }
        entry_ = Entry{};
        show_notice(NoticeKind::Late);
        return;
    }
    step_ = FamilyStep::Agreement;
}

void FamilyController::handle(const ui::NoticeIntent& intent) {
    if (note_input(intent)) wipe_to_attract();
}

void FamilyController::handle(const ui::AgreementIntent& intent) {
    if (!note_input(intent) || !entry_.visit) return;
    if (std::holds_alternative<ui::StartAgain>(intent)) return start_again();
    if (std::holds_alternative<ui::ConfirmAgreement>(intent)) finish_agreement();
}

void FamilyController::finish_agreement() {
    const auto& signed_before = entry_.visit->signed_this_version;
    for (const core::Id adult : chosen_adults()) {
        if (std::find(signed_before.begin(), signed_before.end(), adult) == signed_before.end()) {
            entry_.signature = {};
            step_ = FamilyStep::Signature;
            return;
        }
    }
    save_check_in();
}

void FamilyController::handle(const ui::SignatureIntent& intent) {
    if (!note_input(intent) || !entry_.visit) return;
    if (std::holds_alternative<ui::StartAgain>(intent)) return start_again();
    if (const auto* ink = std::get_if<ui::SignatureInk>(&intent)) {
        auto& strokes = entry_.signature.strokes;
        if (ink->starts_stroke || strokes.empty()) strokes.emplace_back();
        strokes.back().push_back(core::clamp_to_pad(ink->point));
    } else if (std::holds_alternative<ui::ClearSignature>(intent)) {
        entry_.signature = {};
    } else if (std::holds_alternative<ui::FinishSignature>(intent)) {
        if (core::looks_signed(entry_.signature)) save_check_in();
    }
}

void FamilyController::save_check_in() {
    try {
        const std::string strokes = entry_.signature.empty() ? std::string{} : encode_signature(entry_.signature);
        service_.check_in(*entry_.visit, chosen_adults(), strokes, now());
    } catch (const std::exception&) {
        return fail_safely();
    }
    // The check-in is saved; ideas are a bonus, so a failure to read them shows none.
    try {
        entry_.suggestions = service_.suggest_activities(*entry_.visit, now());
    } catch (const std::exception&) {
        entry_.suggestions.clear();
    }
    entry_.signature = {};  // stored with the check-in; not kept on screen
    step_ = FamilyStep::Activities;
}

void FamilyController::handle(const ui::ActivitiesIntent& intent) {
    if (!note_input(intent)) return;
    if (std::holds_alternative<ui::StartAgain>(intent)) return wipe_to_attract();
    if (std::holds_alternative<ui::FinishActivities>(intent)) step_ = FamilyStep::Done;
}

void FamilyController::handle(const ui::DoneIntent& intent) {
    if (note_input(intent)) wipe_to_attract();
}

}  // namespace kiosk::app
