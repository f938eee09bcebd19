#pragma once
// The staff face's state between frames: who is signed in (a StaffSession, which only the
// right PIN gives), which step they are on, and what they are typing. It turns the staff
// screens' intents into service calls (kiosk/app/staff/*) and builds the screens' view
// structs; it knows nothing of ImGui, so tests drive it directly or through the harness.
//
// Every service refusal (StaffActionError) becomes the screen's message, one sentence, and
// nothing is changed. Any other failure is shown as a plain sentence too: the face never
// crashes out of a worker's hands.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/read_model.hpp"
#include "kiosk/app/staff/life_story_service.hpp"
#include "kiosk/app/records/record_service.hpp"
#include "kiosk/app/staff/safeguarding_service.hpp"
#include "kiosk/app/staff/session_control_service.hpp"
#include "kiosk/app/staff/sign_in_service.hpp"
#include "kiosk/app/staff/staff_session.hpp"
#include "kiosk/app/venue_info.hpp"
#include "kiosk/core/letterbox.hpp"
#include "kiosk/ui/staff/board_screen.hpp"
#include "kiosk/ui/staff/concern_screen.hpp"
#include "kiosk/ui/staff/due_screen.hpp"
#include "kiosk/ui/staff/finalize_screen.hpp"
#include "kiosk/ui/staff/letterbox_screen.hpp"
#include "kiosk/ui/staff/life_story_screen.hpp"
#include "kiosk/ui/staff/record_screen.hpp"
#include "kiosk/ui/staff/session_screen.hpp"
#include "kiosk/ui/staff/signin_screen.hpp"

namespace kiosk::app {

enum class StaffStep { SignIn, Board, Session, Record, Concern, Finalize, Due, LifeStory, Letterbox };

class StaffController {
public:
    // `interpretive_words`: the venue's fact-not-opinion list; empty for the built-in one.
    // `home_language`: the terminal's language ([kiosk] language), until a worker who chose
    // their own signs in.
    StaffController(store::Database& db, const core::Clock& clock, VenueInfo venue,
                    std::vector<std::string> interpretive_words = {}, std::string home_language = "en");
    // Reads who can sign in again (the sync worker applied changes from the venue hub).
    void reload_roster();
    // The venue hub's count of sign-in attempts (issue #13); not owned.
    void set_sign_in_relay(SignInRelay* relay) { sign_in_.set_relay(relay); }

    StaffStep step() const { return step_; }
    // The language the staff face speaks now: the chosen worker's own (or the one they just
    // picked on the PIN screen), else the terminal's.
    const std::string& language() const { return language_; }
    const StaffSession* signed_in() const { return staff_ ? &*staff_ : nullptr; }
    core::Id current_session() const { return session_id_; }
    core::Id current_record() const { return record_id_; }

    // A touch on the staff face (any input this frame) keeps it unlocked.
    void touched();
    // Locks when two minutes have passed without a touch; true when it just locked.
    bool lock_if_idle();
    // When the face will lock if nobody touches it (for the frame pacer).
    std::optional<core::Timestamp> lock_deadline() const;

    // Each screen's view from the face's read model: built again only after something changed
    // (an intent handled here, data_changed(), a new minute), so a frame reads no database.
    const ui::SignInView& signin_view() const;
    const ui::BoardView& board_view() const;
    const ui::SessionView& session_view() const;
    const ui::RecordView& record_view() const;
    const ui::ConcernView& concern_view() const;
    const ui::FinalizeView& finalize_view() const;
    const ui::DueView& due_view() const;
    const ui::LifeStoryView& life_story_view() const;
    const ui::StaffLetterboxView& letterbox_view() const;
    // Something this face shows was written elsewhere: the sync worker applied a page, the
    // arrival watch raised an alert. The next view is built afresh.
    void data_changed() { generation_.changed(); }
    // How many times each screen's view was built, all screens together (tests, the frame bench).
    std::uint64_t views_built() const;

    void handle(const ui::SignInIntent& intent);
    void handle(const ui::BoardIntent& intent);
    void handle(const ui::SessionIntent& intent);
    void handle(const ui::RecordIntent& intent);
    void handle(const ui::ConcernIntent& intent);
    void handle(const ui::FinalizeIntent& intent);
    void handle(const ui::DueIntent& intent);
    void handle(const ui::LifeStoryIntent& intent);
    void handle(const ui::StaffLetterboxIntent& intent);

private:
    ui::SignInView build_signin_view() const;
    ui::BoardView build_board_view() const;
    ui::SessionView build_session_view() const;
    ui::RecordView build_record_view() const;
    ui::ConcernView build_concern_view() const;
    ui::FinalizeView build_finalize_view() const;
    ui::DueView build_due_view() const;
    ui::LifeStoryView build_life_story_view() const;
    ui::StaffLetterboxView build_letterbox_view() const;
    ReadModelKey<NoDetail> view_key() const;
    // An intent that asked for something: whatever it did, the views are built again.
    template <class Intent>
    void note_intent(const Intent& intent) {
        if (intent.index() != 0) generation_.changed();
    }

    void lock(const std::string& why);
    void go(StaffStep step);
    // Runs a service call; a refusal becomes message_ and nothing else changes.
    bool attempt(const std::function<void()>& action);
    void open_session(core::Id session_id);
    void open_record();
    void open_life_story();
    // staff_letterbox_flow.cpp: the first waiting item, nothing ticked.
    void open_letterbox(core::Id item_id);
    void decide_letterbox(core::LetterboxDecision decision);
    std::string hhmm(core::Timestamp t) const;
    std::string day_hhmm(core::Timestamp t) const;
    std::optional<ui::BoardRowView> board_row(core::Id session_id) const;
    // The open session's child, age band and times, for the record, concern and finalize screens.
    const std::optional<ui::BoardRowView>& record_header() const;
    void submit_pin();
    // The chosen person's own language, or the terminal's.
    std::string chosen_language() const;
    void handle_session_step(const ui::SessionIntent& intent);
    // Issue #16: a call's parties and the siblings' arrivals on the session screen.
    void add_call_and_siblings(const core::Session& session, ui::SessionView& view) const;
    // A sibling session's per-child parts of the record, child by child, in writing order.
    struct SiblingPart {
        int position = 2;
        core::RecordSection section = core::RecordSection::ChildVoice;
        std::string first_name;
        std::string date_of_birth;
    };
    std::vector<SiblingPart> sibling_parts() const;
    void add_sibling_sections(const core::ObservationRecord& record, ui::RecordView& view) const;

    // The read model: one kept view per screen (mutable: keeping a view changes no state).
    DataGeneration generation_;
    mutable ReadModel<ui::SignInView> signin_model_;
    mutable ReadModel<ui::BoardView> board_model_;
    mutable ReadModel<ui::SessionView> session_model_;
    mutable ReadModel<ui::RecordView> record_model_;
    mutable ReadModel<ui::ConcernView> concern_model_;
    mutable ReadModel<ui::FinalizeView> finalize_model_;
    mutable ReadModel<ui::DueView> due_model_;
    mutable ReadModel<ui::LifeStoryView> life_story_model_;
    mutable ReadModel<ui::StaffLetterboxView> letterbox_model_;

    store::Database& db_;
    const core::Clock& clock_;
    VenueInfo venue_;
    std::vector<std::string> interpretive_words_;
    SignInService sign_in_;
    mutable RecordService records_;  // reads for views are const in spirit: the service holds no state
    SessionControlService control_;
    SafeguardingService safeguarding_;
    LifeStoryService life_stories_;

    StaffStep step_ = StaffStep::SignIn;
    std::optional<StaffSession> staff_;
    std::string message_;

    // Sign-in
    std::string home_language_;
    std::string language_;
    std::vector<ui::SignInChoice> roster_;
    std::vector<std::string> roster_languages_;  // parallel to roster_: each person's own, or ""
    core::Id chosen_ = 0;
    std::string pin_;  // cleared after every try; never logged, never shown

    // The session and record being worked on
    core::Id session_id_ = 0;
    core::Id record_id_ = 0;
    // record_header() for session `record_header_for_`: it does not change while a record is
    // open, and finding it means building the whole day's board, which every frame of a long
    // record could not afford.
    mutable std::optional<ui::BoardRowView> record_header_;
    mutable core::Id record_header_for_ = 0;
    std::string brought_by_;
    bool ending_early_ = false;
    int chosen_reason_ = -1;
    std::string early_words_;
    std::string note_text_;
    std::optional<core::Timestamp> saved_at_;
    int chosen_severity_ = -1;
    std::string concern_text_;
    bool finalize_checked_ = false;
    std::string addendum_text_;
    // A life-story note being written (staff_life_story_flow.cpp)
    int life_story_kind_ = 0;
    core::LifeStoryNote life_story_;
    std::vector<std::string> life_story_problems_;
    // A letterbox item being checked (staff_letterbox_flow.cpp); 0: the first waiting one
    core::Id letterbox_item_ = 0;
    std::vector<bool> letterbox_ticks_;  // parallel to core::letterbox_checks()
    std::string letterbox_reason_;
    std::vector<std::string> letterbox_problems_;
    bool letterbox_done_ = false;  // message_ says a decision was saved
};

}  // namespace kiosk::app
