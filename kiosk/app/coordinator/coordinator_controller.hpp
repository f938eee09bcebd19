#pragma once
// The coordinator face between frames: which screen is shown, and the way between them. Each
// screen is a page object that owns its draft, builds its view (from a read model: built from
// the store when something changed, drawn from memory otherwise) and acts on its intents through
// the services; a page asks this controller to go elsewhere (PageRequest). The controller also
// keeps the header every page shows and the message lines an act on one page may leave for the next.
#include <cstdint>
#include <string>

#include "kiosk/app/coordinator/agreement_page.hpp"
#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/app/coordinator/deadlines_page.hpp"
#include "kiosk/app/coordinator/feedback_page.hpp"
#include "kiosk/app/coordinator/letterbox_page.hpp"
#include "kiosk/app/coordinator/record_page.hpp"
#include "kiosk/app/coordinator/records_page.hpp"
#include "kiosk/app/coordinator/referrals_page.hpp"
#include "kiosk/app/coordinator/risk_page.hpp"
#include "kiosk/app/coordinator/schedule_page.hpp"
#include "kiosk/app/coordinator/staff_page.hpp"
#include "kiosk/app/coordinator/sync_page.hpp"
#include "kiosk/app/coordinator/transition_page.hpp"
#include "kiosk/app/read_model.hpp"
#include "kiosk/app/sync/sync_run.hpp"

namespace kiosk::app {

class CoordinatorController {
public:
    explicit CoordinatorController(CoordinatorContext context);

    void draw_frame(const ui::UiResources& ui);

    CoordinatorScreen screen() const { return screen_; }
    core::Id selected_referral() const { return referrals_.referral(); }
    core::Timestamp now() const { return ctx_.clock.now(); }
    const CoordinatorContext& context() const { return ctx_; }
    // Opening a screen as a person would by tapping (used by screenshots and tests).
    void open(CoordinatorScreen screen);
    void select_referral(core::Id id);
    // The screenshot's Sync screen on a device with no worker: shown as the last sync's result.
    void preview_last_sync(SyncSummary summary) { sync_.preview_last_sync(std::move(summary)); }
    void select_placement(core::Id id);
    // Opens a record as the deadlines board, the sync screen or a search does.
    void open_record(core::Id record_id, CoordinatorScreen back);

    // The pages and their drafts (tests and screenshot scenes fill them in as a person would).
    ui::RiskDraft& risk_draft() { return risk_.draft(); }
    ui::AgreementDraft& agreement_draft() { return agreement_.draft(); }
    ui::ScheduleDraft& schedule_draft() { return schedule_.draft(); }
    ui::TransitionDraft& transition_draft() { return transition_.draft(); }
    ui::StaffDraft& staff_draft() { return staff_.draft(); }
    ui::ReferralsDraft& referral_form() { return referrals_.draft(); }
    ReferralsPage& referrals_page() { return referrals_; }
    RiskPage& risk_page() { return risk_; }
    AgreementPage& agreement_page() { return agreement_; }
    SchedulePage& schedule_page() { return schedule_; }
    TransitionPage& transition_page() { return transition_; }
    DeadlinesPage& deadlines_page() { return deadlines_; }
    StaffPage& staff_page() { return staff_; }
    SyncPage& sync_page() { return sync_; }
    RecordPage& record_page() { return record_page_; }
    RecordsPage& records_page() { return records_page_; }
    FeedbackPage& feedback_page() { return feedback_page_; }
    LetterboxPage& letterbox_page() { return letterbox_page_; }
    const std::string& last_export() const { return agreement_.last_export(); }

    // Something the coordinator sees was written elsewhere (the sync worker applied a page, a sync
    // ended): the header and the page shown are built again at the next frame.
    void data_changed() { generation_.changed(); }
    // How many times the header and the deadlines board were built (tests, the frame bench).
    std::uint64_t views_built() const { return frame_model_.builds() + deadlines_.views_built(); }
    // How many times the header was built.
    std::uint64_t frames_built() const { return frame_model_.builds(); }

private:
    // The header every page shows (who, today, how many overdue, the last sync), from the read model.
    const ui::CoordinatorFrameView& frame_view(const ui::UiResources& ui, ui::CoordinatorTab tab) const;
    ui::CoordinatorFrameView build_frame_view(const ui::UiResources& ui, ui::CoordinatorTab tab) const;
    ui::CoordinatorTab tab_of(CoordinatorScreen screen) const;
    // Goes where a page asked (every request moves the generation on: another view is shown).
    void follow(const PageRequest& request);
    void go_to(ui::CoordinatorTab tab);

    CoordinatorContext ctx_;
    CoordinatorScreen screen_ = CoordinatorScreen::Referrals;
    CoordinatorMessages messages_;
    ReferralsPage referrals_;
    RiskPage risk_;
    AgreementPage agreement_;
    SchedulePage schedule_;
    TransitionPage transition_;
    DeadlinesPage deadlines_;
    StaffPage staff_;
    SyncPage sync_;
    RecordPage record_page_;
    RecordsPage records_page_;
    FeedbackPage feedback_page_;
    LetterboxPage letterbox_page_;

    // The read model of the header (issue #17). Its words are in the screen's language, so the
    // language is part of what it was built for.
    struct FrameFor {
        std::string language;
        ui::CoordinatorTab tab = ui::CoordinatorTab::Referrals;
        bool operator==(const FrameFor&) const = default;
    };
    DataGeneration generation_;
    mutable ReadModel<ui::CoordinatorFrameView, FrameFor> frame_model_;
};

}  // namespace kiosk::app
