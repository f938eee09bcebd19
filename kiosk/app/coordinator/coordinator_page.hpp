#pragma once
// What every coordinator page object shares (issue #17): the screens, the message lines, what a
// page may ask the controller for after an intent (a page never changes screens itself), and
// the environment a page draws and acts in. Each page owns its draft and answers view()/handle().
#include <cstdint>
#include <string>
#include <variant>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/app/read_model.hpp"
#include "kiosk/core/ids.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

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

// The two lines under a form: why the last act was refused, or what it did. Shared because an
// act on one page may finish on another (a placement recorded opens the transition page saying so).
struct CoordinatorMessages {
    std::string problem;
    std::string done;
    void clear() {
        problem.clear();
        done.clear();
    }
    void add_problem(const std::string& sentence) { problem += (problem.empty() ? "" : " ") + sentence; }
    bool operator==(const CoordinatorMessages&) const = default;
};

// What a page asks of the controller once it has handled an intent.
struct GoToTab {
    ui::CoordinatorTab tab = ui::CoordinatorTab::Referrals;
};
struct OpenScreen {
    CoordinatorScreen screen = CoordinatorScreen::Referrals;
};
struct OpenRecordOf {
    core::Id record_id = 0;
    CoordinatorScreen back = CoordinatorScreen::Deadlines;
};
struct OpenSessionRecord {
    core::Id session_id = 0;
    CoordinatorScreen back = CoordinatorScreen::Deadlines;
};
struct OpenPlacement {
    core::Id placement_id = 0;
    int part = -1;     // core::TransitionPart's index; -1: the page's own choice
    std::string done;  // the line to show there (what brought the coordinator)
};
struct OpenCase {      // a referral's own screen: its agreement or schedule
    core::Id referral_id = 0;
    CoordinatorScreen screen = CoordinatorScreen::Referrals;
};
struct SelectReferralRequest {
    core::Id referral_id = 0;
};
struct OpenLetterboxArrangement {
    core::Id arrangement_id = 0;
};
using PageRequest = std::variant<std::monostate, GoToTab, OpenScreen, OpenRecordOf, OpenSessionRecord, OpenPlacement,
                                 OpenCase, SelectReferralRequest, OpenLetterboxArrangement>;

// The tab tapped in the frame, if the intent is one: every page's intent may be.
template <class Intent>
PageRequest tab_request(const Intent& intent) {
    if (const auto* tab = std::get_if<ui::CoordinatorTab>(&intent)) return GoToTab{*tab};
    return {};
}

// What a page draws and acts in, for one frame.
struct PageEnv {
    const CoordinatorContext& ctx;
    const ui::UiResources& ui;
    CoordinatorMessages& messages;
    DataGeneration& generation;  // moves on after an intent, news from the sync worker, a navigation
    const ui::CoordinatorFrameView& frame;

    std::string language() const { return ui.text.language(); }
    // A read model key: this frame's generation and minute, and what else the view depends on.
    template <class Detail>
    ReadModelKey<Detail> key(Detail detail) const {
        return {generation.value(), minute_of(ctx.clock.now()), std::move(detail)};
    }
};

}  // namespace kiosk::app
