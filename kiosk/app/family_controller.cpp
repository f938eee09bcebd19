#include "kiosk/app/family_controller.hpp"

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

std::optional<core::Timestamp> FamilyController::next_deadline() const {
    switch (step_) {
        case FamilyStep::Attract:
            return std::nullopt;
        case FamilyStep::Locked:
            return locked_until_;
        case FamilyStep::Done:
            return last_input_ + kFinishedTimeout;
        case FamilyStep::Notice:
            return last_input_ + (notice_ == NoticeKind::FeedbackThanks ? kFinishedTimeout : kIdleTimeout);
        default:
            return last_input_ + kIdleTimeout;
    }
}

void FamilyController::tick() {
    const auto deadline = next_deadline();
    if (deadline && now() >= *deadline) wipe_to_attract();
}

void FamilyController::start_again() {
    entry_ = Entry{};
    step_ = FamilyStep::Attract;
}

void FamilyController::wipe_to_attract() {
    start_again();
    language_ = home_language_;
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
                if (offers(asked.code)) language_ = asked.code;
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
        const core::LobbyLockState lock = service_.lock_state();
        if (core::is_locked(lock, now())) {
            locked_until_ = now() + core::lock_remaining(lock, now());
            step_ = FamilyStep::Locked;
            return;
        }
        if (entry_.for_feedback) {
            submit_feedback_code();
        } else {
            submit_check_in_code();
        }
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

void FamilyController::refuse_code(const char* message_key) {
    entry_.typed_code.clear();
    if (service_.record_wrong_code(now())) {
        const core::LobbyLockState lock = service_.lock_state();
        locked_until_ = now() + core::lock_remaining(lock, now());
        entry_ = Entry{};
        step_ = FamilyStep::Locked;
        return;
    }
    entry_.code_message_key = message_key;
}

void FamilyController::submit_check_in_code() {
    const auto answer = service_.check_in_code(entry_.typed_code, now());
    if (const char* refused = answer.status ? refusal_key(*answer.status) : "code.wrong") return refuse_code(refused);
    service_.record_right_code(now());
    entry_.visit = service_.load_visit(*answer.session, now());
    entry_.ticked.assign(entry_.visit->version.attendees.size(), false);
    entry_.code_message_key.clear();
    step_ = FamilyStep::Attendees;
}

void FamilyController::submit_feedback_code() {
    const auto answer = service_.feedback_code(entry_.typed_code, now());
    if (const char* refused = answer.status ? refusal_key(*answer.status) : "code.wrong") return refuse_code(refused);
    service_.record_right_code(now());
    entry_.feedback_session = answer.session;
    step_ = FamilyStep::Feedback;
}

}  // namespace kiosk::app
