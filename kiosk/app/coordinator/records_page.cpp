#include "kiosk/app/coordinator/records_page.hpp"

#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/record_desk_service.hpp"

namespace kiosk::app {

ui::RecordsSearchView RecordsPage::view(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& ui = env.ui;
    ui::RecordsSearchView view;
    view.frame = env.frame;
    view.searched = searched_;
    if (bad_day_) view.problem = ui.text.tr("coord.records.bad_day");
    for (const auto& r : found_) {
        std::string state = ui.text.tr(r.final ? "coord.records.final" : "coord.sync.draft");
        if (r.final) state += " \u00b7 " + std::string(ui.text.tr(r.reviewed ? "coord.records.reviewed" : "coord.sync.not_reviewed"));
        view.rows.push_back({r.record_id, r.child_first_name, short_date_time(r.session_start, ctx.time_zone, ui.text), r.author_name,
                             std::move(state)});
    }
    return view;
}

PageRequest RecordsPage::handle(const ui::RecordsSearchIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    if (const auto* open = std::get_if<ui::OpenFoundRecord>(&intent)) {
        return OpenRecordOf{open->record_id, CoordinatorScreen::Records};
    }
    if (std::holds_alternative<ui::FindRecords>(intent)) search(env.ctx);
    return {};
}

void RecordsPage::search(const CoordinatorContext& ctx) {
    const auto found = search_records(ctx, draft_.child, draft_.day);
    searched_ = true;
    bad_day_ = !found;
    found_ = found.value_or(std::vector<store::RecordFound>{});
}

}  // namespace kiosk::app
