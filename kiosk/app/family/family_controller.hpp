#pragma once
// The family face's state between frames: which step the person is on, in which language, and
// what they have entered so far. It turns the screens' intents into state changes (and, through
// CheckInService, into stored check-ins, alerts and feedback) and builds their view structs;
// it knows nothing of ImGui, so tests drive it directly or through the UI harness.
//
// Whatever is entered lives here only until the visit is done, Start again is tapped, or the
// screen is left alone: after 45 seconds without a touch (longer on the agreement, which
// people read slowly) "Are you still there?" counts down 15 seconds, then everything is
// wiped and the attract screen comes back.
#include <chrono>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kiosk/app/family/check_in_service.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/core/signature.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/ui/family/activities_screen.hpp"
#include "kiosk/ui/family/agreement_screen.hpp"
#include "kiosk/ui/family/attendees_screen.hpp"
#include "kiosk/ui/family/attract_screen.hpp"
#include "kiosk/ui/family/code_screen.hpp"
#include "kiosk/ui/family/comment_screen.hpp"
#include "kiosk/ui/family/done_screen.hpp"
#include "kiosk/ui/family/feedback_screen.hpp"
#include "kiosk/ui/family/locked_screen.hpp"
#include "kiosk/ui/family/notice_screen.hpp"
#include "kiosk/ui/family/signature_screen.hpp"
#include "kiosk/ui/family/still_there_prompt.hpp"
#include "kiosk/ui/i18n.hpp"

namespace kiosk::app {

enum class FamilyStep {
    Attract,     // waiting for someone to tap
    EnterCode,   // typing the visit code (for check-in or for feedback)
    Locked,      // too many wrong codes: the keypad rests
    Attendees,   // who is here today
    Notice,      // one message and OK (early, speak to staff, something went wrong, thanks)
    Agreement,   // today's agreement, confirmed with one tap
    Signature,   // first visit under this agreement version: sign with a finger
    Activities,  // ideas for today
    Done,        // thank you; returns to attract by itself
    Feedback,    // after the visit: faces, anonymous
    Comment,     // the optional feedback comment
};

enum class NoticeKind { Early, Late, Error, FeedbackThanks };

// A screen left alone this long asks "Are you still there?" and counts down before the wipe;
// "done" and "thanks" go back sooner by themselves, without asking.
inline constexpr std::chrono::seconds kStillThereAfter{45};
inline constexpr std::chrono::seconds kStillThereCountdown{15};
inline constexpr std::chrono::seconds kFinishedTimeout{15};
// The agreement's reading time before the question, unless the configuration says otherwise
// ([kiosk] agreement_idle_seconds).
inline constexpr std::chrono::seconds kDefaultAgreementReadingTime{180};

class FamilyController {
public:
    // `languages` are the ones offered; `home_language` is where a fresh start begins.
    FamilyController(VenueInfo venue, const core::Clock& clock, std::vector<ui::Language> languages,
                     std::string home_language, FamilyServices& services);

    FamilyStep step() const { return step_; }
    NoticeKind notice() const { return notice_; }
    const std::string& language() const { return language_; }

    // Once a frame before drawing: wipes an abandoned screen, ends an expired lock.
    void tick();
    // When the window must wake to do that even if nobody touches it: when the question is
    // due, then once a second while its countdown shows, then for the wipe.
    std::optional<core::Timestamp> next_deadline() const;
    // A finger on the glass or a key, anywhere (scrolling the rules, too): the person is there.
    void touched() { last_input_ = now(); }
    // As if nobody had touched the screen for `seconds` (screenshots of the question; the
    // screenshot clock stands still).
    void pretend_untouched_for(std::chrono::seconds seconds) { last_input_ = now() - seconds; }
    // How long the agreement may be read without a touch before the question (from config).
    void set_agreement_reading_time(std::chrono::seconds seconds) { agreement_reading_time_ = seconds; }

    // "Are you still there?" while it shows over the current screen, else nothing.
    std::optional<ui::StillThereView> still_there_view() const;
    void handle(const ui::StillThereIntent& intent);

    ui::AttractView attract_view() const;
    ui::CodeView code_view() const;
    ui::LockedView locked_view() const;
    ui::AttendeesView attendees_view() const;
    ui::NoticeView notice_view() const;
    ui::AgreementView agreement_view() const;
    ui::SignatureView signature_view() const;
    ui::ActivitiesView activities_view() const;
    ui::DoneView done_view() const;
    ui::FeedbackView feedback_view() const;
    ui::CommentView comment_view() const;

    void handle(const ui::AttractIntent& intent);
    void handle(const ui::CodeIntent& intent);
    void handle(const ui::LockedIntent& intent);
    void handle(const ui::AttendeesIntent& intent);
    void handle(const ui::NoticeIntent& intent);
    void handle(const ui::AgreementIntent& intent);
    void handle(const ui::SignatureIntent& intent);
    void handle(const ui::ActivitiesIntent& intent);
    void handle(const ui::DoneIntent& intent);
    void handle(const ui::FeedbackIntent& intent);
    void handle(const ui::CommentIntent& intent);

private:
    // What one person (or group) has entered; wiped as a whole.
    struct Entry {
        bool for_feedback = false;
        std::string typed_code;
        std::string code_message_key;
        std::optional<LobbyVisit> visit;
        std::vector<bool> ticked;  // parallel to visit->version.attendees
        // "Someone else is with me" was tapped: staff were alerted once, and the approved
        // adults who are there carry on checking in (issue #16, item 9).
        bool staff_told_of_someone_else = false;
        core::Signature signature;
        std::vector<core::ChildrenSuggestion> suggestions;
        std::optional<core::Session> feedback_session;
        int child_face = 0;
        int adult_face = 0;
        bool anonymous = false;
        std::string comment;
        std::string feedback_message_key;
    };

    bool offers(const std::string& code) const;
    std::vector<std::string> offered_codes() const;
    std::string clock_text() const;
    core::Timestamp now() const { return clock_.now(); }
    // When this step asks "Are you still there?" and when it wipes; nullopt: it never asks
    // (the attract screen, a resting keypad, and the screens that go back by themselves).
    std::optional<core::Timestamp> still_there_at() const;
    // Any intent is input: it keeps the screen alive. Returns false for "nothing this frame".
    template <class Intent>
    bool note_input(const Intent& intent) {
        if (std::holds_alternative<std::monostate>(intent)) return false;
        touched();
        return true;
    }
    void start_again();     // keeps the language: the same person is still there
    void wipe_to_attract(); // for the next family: home language too
    void show_notice(NoticeKind kind);
    void fail_safely();     // a store error: say so calmly, keep nothing half-entered

    void submit_code();
    void take_code_answer(const CodeSubmission& answer);
    void confirm_attendees();
    void someone_else_is_here();
    void finish_agreement();
    void save_check_in();
    void send_feedback();
    std::vector<core::Id> chosen_adults() const;
    std::vector<std::string> chosen_first_names() const;

    VenueInfo venue_;
    const core::Clock& clock_;
    std::vector<ui::Language> languages_;
    std::string home_language_;
    std::string language_;
    bool language_picked_ = false;  // the person tapped a language on the attract screen
    CheckInService service_;
    FamilyStep step_ = FamilyStep::Attract;
    NoticeKind notice_ = NoticeKind::Early;
    Entry entry_;
    core::Timestamp last_input_{};
    core::Timestamp locked_until_{};
    std::chrono::seconds agreement_reading_time_ = kDefaultAgreementReadingTime;
};

}  // namespace kiosk::app
