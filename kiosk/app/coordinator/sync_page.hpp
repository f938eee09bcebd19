#pragma once
// coordinator/sync: the day's-end sync. What waits in the outbox, drafts and unreviewed records
// come from the store (a read model); the worker's progress and last result are read each frame
// from its snapshot (memory, not the database), so the bar moves while the store is not read.
#include <cstdint>
#include <optional>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/app/sync/sync_run.hpp"
#include "kiosk/ui/coordinator/sync_screen.hpp"

namespace kiosk::app {

class SyncPage {
public:
    // Before the frame's views are built: a sync the worker finished since the last frame
    // changed the header and this page, so the generation moves on.
    void follow_worker(const CoordinatorContext& ctx, DataGeneration& generation);
    const ui::SyncView& view(const PageEnv& env);
    PageRequest handle(const ui::SyncIntent& intent, PageEnv& env);
    // The screenshot's Sync screen on a device with no worker: shown as the last sync's result.
    void preview_last_sync(SyncSummary summary) { preview_ = std::move(summary); }
    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::SyncView build_stored_part(const PageEnv& env) const;
    void fill_worker_part(ui::SyncView& view, const PageEnv& env) const;

    bool pending_ = false;          // asked for a full sync whose answer has not come yet
    std::uint64_t syncs_seen_ = 0;  // SyncWorker::full_syncs_finished() when it was asked
    std::uint64_t syncs_shown_ = 0;  // ... when the page last drew (the header follows it)
    std::uint64_t finished_ = 0;     // ... at this frame
    std::optional<SyncSummary> preview_;
    ReadModel<ui::SyncView, std::string> model_;  // the stored part, built for the screen's language
    ui::SyncView shown_;                         // the stored part and this frame's worker part
};

}  // namespace kiosk::app
