#pragma once
// coordinator/sync: the day's-end sync. What will be sent, by kind; records still in draft and
// whose they are; final records nobody has reviewed; a progress bar while the sync runs; then
// the result, with each record the server refused and its reason in words, and through a venue
// hub what the hub sent on to the social work team's server.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

struct SyncKindRow {
    std::string kind;  // "Session records"
    std::int64_t count = 0;
};

struct SyncRecordRow {
    core::Id record_id = 0;
    std::string child;    // "Mia"
    std::string session;  // "today 09:30"
    std::string author;   // "Sam"; for a draft, who holds it
    bool needs_handover = false;  // a draft whose holder can no longer sign in
};

struct SyncRejectionRow {
    std::string kind;    // "Feedback"
    std::string reason;  // the server's words
};

struct SyncProgressView {
    bool running = false;
    std::string step;        // "Sending records"
    float fraction = 0.0F;   // 0..1 for the bar
    std::string count_line;  // "12 of 40 records"
    std::string pace_line;   // "180 KB sent · 350 records a second"; the amount alone until the first answer
};

struct SyncView {
    CoordinatorFrameView frame;
    std::vector<SyncKindRow> queued;  // what will be sent, by kind
    std::int64_t queued_total = 0;
    std::vector<SyncRecordRow> drafts;
    std::vector<SyncRecordRow> unreviewed;
    bool can_start = false;       // a server is configured and no sync is running
    std::string cannot_start;     // why not, in a sentence (empty when it can)
    SyncProgressView progress;
    std::string result;           // "sent 12 · already there 0 · rejected 1 · still queued 0"; empty before a run
    std::string problem;          // why the last run stopped early, in the coordinator's language
    std::string problem_detail;   // the technical words behind it, for whoever looks after the devices
    // Through a venue hub: what the hub sent on to the social work team's server at the last Sync
    // ("The venue hub sent 12 to ..."), and, in the danger colour, why it could not.
    std::string hub_line;
    std::string hub_problem;
    std::vector<SyncRejectionRow> rejections;
};

struct StartSync {};
struct OpenSyncRecord { core::Id record_id = 0; };
using SyncIntent = std::variant<std::monostate, CoordinatorTab, StartSync, OpenSyncRecord>;

SyncIntent draw_sync_screen(const SyncView& view, const UiResources& ui);

}  // namespace kiosk::ui
