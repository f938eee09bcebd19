#pragma once
// The coordinator face's state between frames: which screen, which referral or placement,
// the forms being filled in and the last message. It builds each screen's view, draws it and
// acts on the intent through the services (which own the rules and the store calls).
#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/app/coordinator/feedback_page.hpp"
#include "kiosk/app/coordinator/letterbox_page.hpp"
#include "kiosk/app/coordinator/record_page.hpp"
#include "kiosk/app/coordinator/records_page.hpp"
#include "kiosk/app/read_model.hpp"
#include "kiosk/app/sync/sync_run.hpp"
#include "kiosk/core/agreement.hpp"
#include "kiosk/core/family.hpp"
#include "kiosk/ui/coordinator/agreement_screen.hpp"
#include "kiosk/ui/coordinator/deadlines_screen.hpp"
#include "kiosk/ui/coordinator/referrals_screen.hpp"
#include "kiosk/ui/coordinator/risk_screen.hpp"
#include "kiosk/ui/coordinator/schedule_screen.hpp"
#include "kiosk/ui/coordinator/staff_screen.hpp"
#include "kiosk/ui/coordinator/sync_screen.hpp"
#include "kiosk/ui/coordinator/transition_screen.hpp"

namespace kiosk::app {

enum class CoordinatorScreen {
    Referrals,
    Risk,
    Agreement,
    Schedule,
    Transition,
    Deadlines,
    Staff,
    Sync,
    Record,
    Records,
    Feedback,
    Letterbox,
};

class CoordinatorController {
public:
    explicit CoordinatorController(CoordinatorContext context);

    void draw_frame(const ui::UiResources& ui);

    CoordinatorScreen screen() const { return screen_; }
    core::Id selected_referral() const { return referral_; }
    core::Timestamp now() const { return ctx_.clock.now(); }
    const CoordinatorContext& context() const { return ctx_; }
    // Opening a screen as a person would by tapping (used by screenshots and tests).
    void open(CoordinatorScreen screen);
    void select_referral(core::Id id);
    // The screenshot's Sync screen on a device with no worker: shown as the last sync's result.
    void preview_last_sync(SyncSummary summary) { preview_sync_ = std::move(summary); }
    void select_placement(core::Id id);
    ui::RiskDraft& risk_draft() { return risk_; }
    ui::AgreementDraft& agreement_draft() { return agreement_; }
    ui::ScheduleDraft& schedule_draft() { return schedule_; }
    ui::TransitionDraft& transition_draft() { return transition_; }
    ui::StaffDraft& staff_draft() { return staff_; }
    ui::ReferralsDraft& referral_form() { return referral_form_; }
    RecordPage& record_page() { return record_page_; }
    RecordsPage& records_page() { return records_page_; }
    FeedbackPage& feedback_page() { return feedback_page_; }
    LetterboxPage& letterbox_page() { return letterbox_page_; }
    // Opens a record as the deadlines board, the sync screen or a search does.
    void open_record(core::Id record_id, CoordinatorScreen back);
    const std::string& last_export() const { return last_export_; }
    // Something the coordinator sees was written elsewhere (the sync worker applied a page, a sync
    // ended): the header and the deadlines board are built again at the next frame.
    void data_changed() { generation_.changed(); }
    // How many times the header and the deadlines board were built (tests, the frame bench).
    std::uint64_t views_built() const { return frame_model_.builds() + deadlines_model_.builds(); }

private:
    // The header every page shows (who, today, how many overdue, the last sync), from the read model.
    const ui::CoordinatorFrameView& frame_view(const ui::UiResources& ui, ui::CoordinatorTab tab) const;
    ui::CoordinatorFrameView build_frame_view(const ui::UiResources& ui, ui::CoordinatorTab tab) const;
    template <class Intent>
    void note_intent(const Intent& intent) {
        if (intent.index() != 0) generation_.changed();
    }
    ReadModelKey<std::string> language_key(const ui::UiResources& ui) const;
    void go_to(ui::CoordinatorTab tab);
    void clear_messages();

    ui::ReferralsView referrals_view(const ui::UiResources& ui) const;
    void handle(const ui::ReferralsIntent& intent, const ui::UiResources& ui);
    // referral_actions_page.cpp: recording a placement, closing the referral.
    bool handle_referral_form(const ui::ReferralsIntent& intent, const ui::UiResources& ui);
    std::string closure_line(const ui::UiResources& ui) const;
    ui::RiskView risk_view(const ui::UiResources& ui) const;
    void handle(const ui::RiskIntent& intent, const ui::UiResources& ui);
    void load_risk_draft();
    ui::AgreementEditorView agreement_view(const ui::UiResources& ui) const;
    void handle(const ui::AgreementEditorIntent& intent, const ui::UiResources& ui);
    void load_agreement_draft();
    void add_own_rule(const ui::UiResources& ui);
    ui::ScheduleView schedule_view(const ui::UiResources& ui) const;
    void handle(const ui::ScheduleIntent& intent, const ui::UiResources& ui);
    // session_change_page.cpp: cancelling or moving a session, resolving the case flag.
    void schedule_form_view(ui::ScheduleView& view, const ui::UiResources& ui) const;
    bool handle_schedule_form(const ui::ScheduleIntent& intent, const ui::UiResources& ui);
    ui::TransitionView transition_view(const ui::UiResources& ui) const;
    void handle(const ui::TransitionIntent& intent, const ui::UiResources& ui);
    const ui::DeadlinesView& deadlines_view(const ui::UiResources& ui) const;
    ui::DeadlinesView build_deadlines_view(const ui::UiResources& ui) const;
    void open_deadline(std::size_t row);
    ui::StaffView staff_view(const ui::UiResources& ui) const;
    void handle(const ui::StaffIntent& intent, const ui::UiResources& ui);
    ui::SyncView sync_view(const ui::UiResources& ui);
    void handle(const ui::SyncIntent& intent);

    CoordinatorContext ctx_;
    CoordinatorScreen screen_ = CoordinatorScreen::Referrals;
    core::Id referral_ = 0;
    ui::RiskDraft risk_;
    ui::AgreementDraft agreement_;
    std::vector<core::Child> possible_siblings_;
    void load_arrangement_and_siblings(const core::AgreementVersion& version, core::Id child);
    void save_arrangement_and_siblings(core::AgreementVersion& version) const;  // read when the agreement opens (issue #16)
    ui::ScheduleDraft schedule_;
    ui::TransitionDraft transition_;
    ui::StaffDraft staff_;
    ui::ReferralsDraft referral_form_;
    RecordPage record_page_;
    RecordsPage records_page_;
    FeedbackPage feedback_page_;
    LetterboxPage letterbox_page_;
    std::string problem_;
    std::string done_;
    std::string last_export_;
    bool sync_pending_ = false;          // asked for a full sync whose answer has not come yet
    std::uint64_t syncs_seen_ = 0;       // SyncWorker::full_syncs_finished() when it was asked
    std::uint64_t syncs_shown_ = 0;      // ... when the sync screen last drew (the header follows it)
    std::optional<SyncSummary> preview_sync_;

    // The read model (issue #17): the views that read the most, built when something changed.
    // Their words are in the screen's language, so the language is part of what they were built for.
    struct FrameFor {
        std::string language;
        ui::CoordinatorTab tab = ui::CoordinatorTab::Referrals;
        bool operator==(const FrameFor&) const = default;
    };
    DataGeneration generation_;
    mutable ReadModel<ui::CoordinatorFrameView, FrameFor> frame_model_;
    mutable ReadModel<ui::DeadlinesView, std::string> deadlines_model_;
};

}  // namespace kiosk::app
