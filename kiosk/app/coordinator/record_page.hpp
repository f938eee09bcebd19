#pragma once
// The coordinator's record page (coordinator/record): which record is open, where Back goes,
// the addendum and hand-over being written, and what its intents do. Its own object so the
// controller only routes to it (issue #17 splits the rest the same way).
#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/ui/coordinator/record_screen.hpp"

namespace kiosk::app {

class RecordPage {
public:
    // `back` is where Back returns: the screen the row was opened from.
    void open_record(core::Id record_id, CoordinatorScreen back) {
        reset(record_id, 0);
        back_ = back;
    }
    // A deadline's session: its record if anyone started one, else a page that says so.
    void open_session(const CoordinatorContext& ctx, core::Id session_id, CoordinatorScreen back) {
        open_session_record(ctx, session_id);
        back_ = back;
    }

    // Drawn from memory; built from the store when something changed or another record opened.
    const ui::RecordPageView& view(const PageEnv& env) const;
    // Back asks for the screen the record was opened from.
    PageRequest handle(const ui::RecordPageIntent& intent, PageEnv& env);

    CoordinatorScreen back_screen() const { return back_; }
    core::Id record_id() const { return record_id_; }
    ui::RecordPageDraft& draft() { return draft_; }
    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::RecordPageView build_view(const PageEnv& env) const;
    void reset(core::Id record_id, core::Id session_id);
    void open_session_record(const CoordinatorContext& ctx, core::Id session_id);
    core::Id record_id_ = 0;
    core::Id session_id_ = 0;  // set when opened from a session without a record
    CoordinatorScreen back_ = CoordinatorScreen::Deadlines;
    ui::RecordPageDraft draft_;
    std::string problem_;
    std::string done_;
    struct BuiltFor {
        std::string language;
        core::Id record = 0;
        core::Id session = 0;
        std::string problem;
        std::string done;
        bool operator==(const BuiltFor&) const = default;
    };
    mutable ReadModel<ui::RecordPageView, BuiltFor> model_;
};

}  // namespace kiosk::app
