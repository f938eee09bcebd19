// The day's-end sync screen: its view from the store and the worker's snapshot, and the
// button that asks the background worker for a full sync (the window never waits for it).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/sync_page.hpp"
#include "kiosk/app/sync/sync_worker.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/sync_readiness_query.hpp"
#include "kiosk/ui/text_fill.hpp"

namespace kiosk::app {
namespace {
constexpr std::array<std::string_view, 13> kKinds{
    "check_in",     "attendance", "observation_record", "addendum", "concern",         "alert",        "feedback",
    "comfort_call", "icebreaker", "audit",              "missed_session_notice", "record_addendum", "record_review"};

// The notices of the coordinator's week-finishing actions (issue #15) have their own block.
constexpr std::array<std::string_view, 4> kNoticeKinds{"record_handover", "session_cancelled", "session_moved",
                                                       "referral_closed"};

std::string kind_label(const std::string& kind, const ui::UiResources& ui) {
    if (std::find(kNoticeKinds.begin(), kNoticeKinds.end(), kind) != kNoticeKinds.end()) {
        return ui.text.tr("coord.notice.kind." + kind);
    }
    if (std::find(kKinds.begin(), kKinds.end(), kind) == kKinds.end()) return kind;
    return ui.text.tr("coord.sync.kind." + kind);
}

// The worker's step names are English words for the command line; the screen says them in its language.
std::string step_label(const std::string& step, const ui::UiResources& ui) {
    if (step == "sending") return ui.text.tr("coord.sync.step.sending");
    if (step == "waiting to retry") return ui.text.tr("coord.sync.step.waiting");
    if (step == "receiving changes") return ui.text.tr("coord.sync.step.receiving");
    if (step == "forwarding upstream") return ui.text.tr("coord.sync.step.forwarding");
    return ui.text.tr("coord.sync.step.starting");
}

std::vector<ui::SyncRecordRow> record_rows(const std::vector<store::UnfinishedRecord>& records, const CoordinatorContext& ctx,
                                           const ui::UiResources& ui) {
    std::vector<ui::SyncRecordRow> rows;
    for (const auto& r : records) {
        // The author's first name: staff are known by their first name on every screen.
        // For a draft, who holds it now (the author unless it was handed over).
        std::string author = r.holder_name.substr(0, r.holder_name.find(' '));
        rows.push_back({r.record_id, r.child_first_name, relative_time(r.session_start, ctx.clock.now(), ctx.time_zone, ui.text),
                        std::move(author), !r.holder_active});
    }
    return rows;
}

// "180 KB", "2.4 MB": how much has gone, in the units a coordinator knows.
std::string amount(std::uint64_t bytes) {
    constexpr double kMegabyte = 1024.0 * 1024.0;
    if (bytes < 1024 * 1024) return std::to_string((bytes + 1023) / 1024) + " KB";
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%.1f MB", static_cast<double>(bytes) / kMegabyte);
    return text.data();
}

// The rate appears once the server has answered for some records; until then only the amount.
std::string pace_line(const SyncProgress& progress, const ui::UiResources& ui) {
    if (progress.bytes_sent == 0) return {};
    const std::string sent = amount(progress.bytes_sent);
    if (progress.records_done == 0) return ui::fill(ui.text.tr("coord.sync.amount_sent"), {{"amount", sent}});
    return ui::fill(ui.text.tr("coord.sync.pace"),
                    {{"amount", sent}, {"rate", std::to_string(std::llround(progress.records_per_second))}});
}

// What the venue hub did with the coordinator's Sync, in a sentence, and why it could not send.
void hub_lines(const HubForwarding& h, ui::SyncView& view, const ui::UiResources& ui) {
    const std::string forwarded = std::to_string(h.forwarded);
    const std::string queued = std::to_string(h.queued);
    const std::string rejected = std::to_string(h.rejected);
    const auto counts = [&](const char* key) {
        return ui::fill(ui.text.tr(key), {{"forwarded", forwarded}, {"queued", queued}, {"rejected", rejected}});
    };
    if (!h.asked) {
        view.hub_problem = std::string{ui.text.tr("coord.sync.hub.not_asked")} + " " + h.problem;
        return;
    }
    if (h.sending) {
        view.hub_line = counts("coord.sync.hub.still_sending");
    } else if (!h.reachable || !h.problem.empty()) {
        // The hub's own sentence (libcurl's words) is for its log and `contact-kiosk sync`, not this screen.
        view.hub_problem = counts("coord.sync.hub.unreachable");
    } else if (h.forwarded == 0 && h.queued == 0) {
        view.hub_line = ui.text.tr("coord.sync.hub.nothing");
    } else {
        view.hub_line = counts("coord.sync.hub.forwarded");
    }
    if (h.rejected > 0) view.hub_problem += (view.hub_problem.empty() ? "" : " ") + counts("coord.sync.hub.refused");
}

// Why the run stopped, in the coordinator's words and language; what it was exactly stays
// beside it for whoever looks after the devices.
const char* problem_key(SyncProblem kind) {
    switch (kind) {
        case SyncProblem::Unreachable: return "coord.sync.problem.unreachable";
        case SyncProblem::NotTrusted: return "coord.sync.problem.not_trusted";
        case SyncProblem::Busy: return "coord.sync.problem.busy";
        case SyncProblem::ChangeNotSaved: return "coord.sync.problem.change_not_saved";
        case SyncProblem::NoAnswer: return "coord.sync.problem.no_answer";
        case SyncProblem::CannotStart: return "coord.sync.problem.cannot_start";
        case SyncProblem::None: break;
    }
    return "coord.sync.problem.other";
}

std::string result_line(const SyncSummary& s, const ui::UiResources& ui) {
    return std::string{ui.text.tr("coord.sync.sent")} + " " + std::to_string(s.sent) + " \u00b7 " +
           ui.text.tr("coord.sync.already_there") + " " + std::to_string(s.already_there) + " \u00b7 " +
           ui.text.tr("coord.sync.rejected") + " " + std::to_string(s.rejected) + " \u00b7 " +
           ui.text.tr("coord.sync.still_queued") + " " + std::to_string(s.still_queued);
}
}  // namespace

void SyncPage::follow_worker(const CoordinatorContext& ctx, DataGeneration& generation) {
    // The worker's state is read before the database: a sync it reports finished has already
    // committed, so the status line and the queued counts agree with the result line.
    finished_ = ctx.sync != nullptr ? ctx.sync->full_syncs_finished() : 0;
    if (pending_ && finished_ > syncs_seen_) pending_ = false;
    // A sync that ended since the last frame changed the header's "last sync" and unsent count.
    if (finished_ != syncs_shown_) {
        syncs_shown_ = finished_;
        generation.changed();
    }
}

const ui::SyncView& SyncPage::view(const PageEnv& env) {
    shown_ = model_.get(env.key(env.language()), [&] { return build_stored_part(env); });
    fill_worker_part(shown_, env);
    return shown_;
}

ui::SyncView SyncPage::build_stored_part(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& ui = env.ui;
    ui::SyncView view;
    view.frame = env.frame;
    for (const auto& [kind, count] : store::OutboxRepository(ctx.db).queued_by_kind()) {
        view.queued.push_back({kind_label(kind, ui), count});
        view.queued_total += count;
    }
    view.drafts = record_rows(store::draft_records(ctx.db), ctx, ui);
    view.unreviewed = record_rows(store::unreviewed_final_records(ctx.db), ctx, ui);
    for (const auto& r : store::rejected_outbox_items(ctx.db)) view.rejections.push_back({kind_label(r.kind, ui), r.reason});
    return view;
}

void SyncPage::fill_worker_part(ui::SyncView& view, const PageEnv& env) const {
    const std::uint64_t finished = finished_;
    const auto& ctx = env.ctx;
    const auto& ui = env.ui;
    if (ctx.sync == nullptr && preview_) {
        view.can_start = true;
        view.result = result_line(*preview_, ui);
        if (preview_->hub) hub_lines(*preview_->hub, view, ui);
        return;
    }
    if (ctx.sync == nullptr) {
        view.cannot_start = ui.text.tr("coord.sync.no_server");
        return;
    }
    const SyncProgress progress = ctx.sync->progress();
    if (pending_) {
        view.progress.running = true;
        view.progress.step = step_label(progress.running ? progress.step : std::string{}, ui);
        if (progress.running && progress.records_total > 0) {
            view.progress.fraction = static_cast<float>(progress.records_done) / static_cast<float>(progress.records_total);
        }
        view.progress.count_line = std::to_string(progress.records_done) + " " + ui.text.tr("coord.sync.of") + " " +
                                   std::to_string(progress.records_total) + " " + ui.text.tr("coord.sync.records");
        if (progress.running) view.progress.pace_line = pace_line(progress, ui);
    }
    view.can_start = !pending_;
    if (!pending_ && finished > 0) {
        const SyncSummary summary = ctx.sync->last_summary();
        view.result = result_line(summary, ui);
        if (!summary.problem.empty()) {
            view.problem = std::string{ui.text.tr("coord.sync.stopped")} + " " + ui.text.tr(problem_key(summary.problem_kind));
            view.problem_detail = ui::fill(ui.text.tr("coord.sync.problem.detail"), {{"detail", summary.problem}});
        }
        if (summary.hub) hub_lines(*summary.hub, view, ui);
    }
}

PageRequest SyncPage::handle(const ui::SyncIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    if (const auto* open = std::get_if<ui::OpenSyncRecord>(&intent)) return OpenRecordOf{open->record_id, CoordinatorScreen::Sync};
    if (std::holds_alternative<ui::StartSync>(intent) && env.ctx.sync != nullptr && !pending_) {
        syncs_seen_ = env.ctx.sync->full_syncs_finished();
        pending_ = true;
        env.ctx.sync->request_full_sync();
    }
    return {};
}

}  // namespace kiosk::app
