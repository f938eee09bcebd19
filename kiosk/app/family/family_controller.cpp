#include "kiosk/app/family/family_controller.hpp"

#include <algorithm>
#include <type_traits>
#include <variant>

#include "kiosk/core/visit_code.hpp"

namespace kiosk::app {

FamilyController::FamilyController(VenueInfo venue, const core::Clock& clock, std::vector<ui::Language> languages,
                                   std::string home_language, FamilyServices& services)
    : venue_(std::move(venue)), clock_(clock), languages_(std::move(languages)), service_(services) {
    home_language_ = offers(home_language) ? home_language : std::string{ui::Translator::kFallbackLanguage};
    language_ = home_language_;
    last_input_ = clock_.now();
}

bool FamilyController::offers(const std::string& code) const {
    for (const auto& language : languages_) {
        if (language.code == code) return true;
    }
    return false;
}

std::string FamilyController::clock_text() const { return core::local_hhmm(clock_.now(), venue_.time_zone); }

std::optional<core::Timestamp> FamilyController::still_there_at() const {
    switch (step_) {
        case FamilyStep::Attract:
        case FamilyStep::Locked:
        case FamilyStep::Done:
            return std::nullopt;
        case FamilyStep::Notice:
            if (notice_ == NoticeKind::FeedbackThanks) return std::nullopt;
            return last_input_ + kStillThereAfter;
        case FamilyStep::Agreement:
            return last_input_ + agreement_reading_time_;
        default:
            return last_input_ + kStillThereAfter;
    }
}

std::optional<core::Timestamp> FamilyController::next_deadline() const {
    if (step_ == FamilyStep::Attract) return std::nullopt;
    if (step_ == FamilyStep::Locked) return locked_until_;
    const auto asks = still_there_at();
    if (!asks) return last_input_ + kFinishedTimeout;  // "done" and "thanks" go back by themselves
    const core::Timestamp wipe = *asks + kStillThereCountdown;
    if (now() < *asks) return *asks;  // asleep until the question, however long that is
    // The countdown changes once a second; nothing else does.
    return std::min(wipe, now() + std::chrono::seconds{1});
}

std::optional<ui::StillThereView> FamilyController::still_there_view() const {
    const auto asks = still_there_at();
    if (!asks || now() < *asks) return std::nullopt;
    const auto left = (*asks + kStillThereCountdown) - now();
    return ui::StillThereView{std::max(0, static_cast<int>(left.count()))};
}

void FamilyController::handle(const ui::StillThereIntent& intent) { note_input(intent); }

void FamilyController::tick() {
    if (step_ == FamilyStep::Attract) return;
    if (step_ == FamilyStep::Locked) {
        if (now() >= locked_until_) wipe_to_attract();
        return;
    }
    const auto asks = still_there_at();
    const core::Timestamp wipe = asks ? *asks + kStillThereCountdown : last_input_ + kFinishedTimeout;
    if (now() >= wipe) wipe_to_attract();
}

void FamilyController::start_again() {
    entry_ = Entry{};
    step_ = FamilyStep::Attract;
}

void FamilyController::wipe_to_attract() {
    start_again();
    language_ = home_language_;
    language_picked_ = false;
}

std::vector<std::string> FamilyController::offered_codes() const {
    std::vector<std::string> codes;
    for (const auto& language : languages_) codes.push_back(language.code);
    return codes;
}

void FamilyController::show_notice(NoticeKind kind) {
    notice_ = kind;
    step_ = FamilyStep::Notice;
}

void FamilyController::fail_safely() {
    // What was committed stays committed (each write is one transaction); what was only on
    // screen is dropped so nobody continues from a half-saved state.
    entry_ = Entry{};
    show_notice(NoticeKind::Error);
}

void FamilyController::handle(const ui::AttractIntent& intent) {
    if (!note_input(intent)) return;
    std::visit(
        [this](const auto& asked) {
            using Asked = std::decay_t<decltype(asked)>;
            if constexpr (std::is_same_v<Asked, ui::StartCheckIn> || std::is_same_v<Asked, ui::StartFeedback>) {
                entry_ = Entry{};
                entry_.for_feedback = std::is_same_v<Asked, ui::StartFeedback>;
                try {
                    const core::LobbyLockState lock = service_.lock_state();
                    if (core::is_locked(lock, now())) {
                        locked_until_ = now() + core::lock_remaining(lock, now());
                        step_ = FamilyStep::Locked;
                        return;
                    }
                } catch (const std::exception&) {
                    fail_safely();
                    return;
                }
                step_ = FamilyStep::EnterCode;
            } else if constexpr (std::is_same_v<Asked, ui::ChooseLanguage>) {
                if (offers(asked.code)) {
                    language_ = asked.code;
                    language_picked_ = true;  // the family's own choice outranks the referral's
                }
            }
        },
        intent);
}

void FamilyController::handle(const ui::CodeIntent& intent) {
    if (!note_input(intent)) return;
    if (std::holds_alternative<ui::StartAgain>(intent)) {
        start_again();
    } else if (std::holds_alternative<ui::DeleteCodeCharacter>(intent)) {
        if (!entry_.typed_code.empty()) entry_.typed_code.pop_back();
    } else if (const auto* typed = std::get_if<ui::TypeCodeCharacter>(&intent)) {
        // The keypad offers only the alphabet; anything else is refused here too.
        if (!core::is_visit_code_character(typed->character)) return;
        if (entry_.typed_code.size() >= core::kVisitCodeLength) return;
        entry_.typed_code.push_back(typed->character);
        entry_.code_message_key.clear();
        if (entry_.typed_code.size() == core::kVisitCodeLength) submit_code();
    }
}

void FamilyController::handle(const ui::LockedIntent& intent) {
    if (note_input(intent)) start_again();
}

void FamilyController::submit_code() {
    try {
        const auto answer = service_.submit_code(
            entry_.typed_code, entry_.for_feedback ? CodePurpose::Feedback : CodePurpose::CheckIn, now());
        take_code_answer(answer);
    } catch (const std::exception&) {
        fail_safely();
    }
}

namespace {
// What the lobby says about a code it cannot take; nullptr for a code that is good.
const char* refusal_key(core::CodeStatus status) {
    switch (status) {
        case core::CodeStatus::Valid: return nullptr;
        case core::CodeStatus::Unknown: return "code.wrong";
        case core::CodeStatus::OtherVenue: return "code.other_venue";
        case core::CodeStatus::OtherDay: return "code.other_day";
        case core::CodeStatus::NotOpenYet: return "code.not_open_yet";
        case core::CodeStatus::SessionFinished: return "code.finished";
        case core::CodeStatus::SessionCancelled: return "code.cancelled";
        case core::CodeStatus::NotAtVenue: return "code.not_at_venue";
    }
    return "code.wrong";
}

const char* refusal_key(core::FeedbackCodeStatus status) {
    switch (status) {
        case core::FeedbackCodeStatus::Valid: return nullptr;
        case core::FeedbackCodeStatus::OtherVenue: return "code.other_venue";
        case core::FeedbackCodeStatus::OtherDay: return "code.feedback_other_day";
        case core::FeedbackCodeStatus::NotStartedYet: return "code.feedback_not_yet";
        case core::FeedbackCodeStatus::SessionCancelled: return "code.cancelled";
    }
    return "code.wrong";
}
}  // namespace

void FamilyController::take_code_answer(const CodeSubmission& answer) {
    using Outcome = CodeSubmission::Outcome;
    switch (answer.outcome) {
        case Outcome::Locked:
            locked_until_ = answer.locked_until;
            entry_ = Entry{};
            step_ = FamilyStep::Locked;
            return;
        case Outcome::NotAtVenue:
            // A real code (a call, or contact in the park): said plainly, and no step to a lock.
            entry_.typed_code.clear();
            entry_.code_message_key = "code.not_at_venue";
            return;
        case Outcome::Refused:
            entry_.typed_code.clear();
            entry_.code_message_key = answer.check_in_status    ? refusal_key(*answer.check_in_status)
                                      : answer.feedback_status ? refusal_key(*answer.feedback_status)
                                                               : "code.wrong";
            return;
        case Outcome::Accepted:
            break;
    }
    entry_.code_message_key.clear();
    if (answer.session) {
        entry_.feedback_session = answer.session;
        step_ = FamilyStep::Feedback;
        return;
    }
    entry_.visit = answer.visit;
    // The family's language from the referral, when this lobby has it and nobody chose one here.
    const auto offered = offered_codes();
    language_ = core::lobby_language_for(entry_.visit->language, offered, language_, language_picked_);
    entry_.ticked.assign(entry_.visit->version.attendees.size(), false);
    step_ = FamilyStep::Attendees;
}

}  // namespace kiosk::app
