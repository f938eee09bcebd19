#include "kiosk/app/coordinator/letterbox_page.hpp"

#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/letterbox_service.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/letterbox.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/letterbox_repository.hpp"
#include "kiosk/ui/dates.hpp"
#include "kiosk/ui/text_fill.hpp"

namespace kiosk::app {
namespace {

std::string child_name(const CoordinatorContext& ctx, core::Id child) {
    const auto c = store::FamilyRepository(ctx.db).child(child);
    return c ? c->first_name : "";
}

// "Mum writes to Isla" / "Isla writes to Mum"
std::string who_writes(const ui::UiResources& ui, const core::LetterboxArrangement& a, const std::string& child) {
    const char* pattern = ui.text.tr(a.direction == core::LetterboxDirection::ToChild ? "coord.letterbox.writes_to_child"
                                                                                      : "coord.letterbox.child_writes");
    return ui::fill(pattern, {{"child", child}, {"who", a.with_whom}});
}

std::vector<std::string> problem_keys(const std::vector<core::LetterboxProblem>& problems) {
    std::vector<std::string> out;
    for (const auto p : problems) out.push_back("coord.letterbox.problem." + std::string(core::to_string(p)));
    return out;
}

}  // namespace

void LetterboxPage::start_log(const CoordinatorContext& ctx) {
    draft_ = {};
    draft_.form = ui::LetterboxForm::LogItem;
    draft_.received_day = core::local_date(ctx.clock.now(), ctx.time_zone);
}

void LetterboxPage::open_arrangement(const CoordinatorContext& ctx, core::Id id) {
    problems_.clear();
    done_.clear();
    const auto a = store::LetterboxRepository(ctx.db).arrangement(id);
    if (!a) return;
    draft_ = {};
    draft_.form = ui::LetterboxForm::Arrangement;
    draft_.editing = a->id;
    draft_.child = a->child_id;
    draft_.direction = core::row_of(core::kAllLetterboxDirections, a->direction);
    draft_.with_whom = a->with_whom;
    draft_.every_months = a->every_months;
    draft_.first_due = a->first_due;
    draft_.active = a->active;
}

void LetterboxPage::open_item(const CoordinatorContext&, core::Id id) {
    problems_.clear();
    done_.clear();
    draft_ = {};
    draft_.form = ui::LetterboxForm::CheckItem;
    draft_.checking = id;
}

const ui::LetterboxView& LetterboxPage::view(const PageEnv& env) {
    if (draft_.form == ui::LetterboxForm::LogItem && draft_.received_day.empty()) start_log(env.ctx);
    return model_.get(env.key(BuiltFor{env.language(), draft_.form, draft_.checking, draft_.child, child_matches_, problems_, done_}),
                      [&] { return build_view(env); });
}

// Also keeps which arrangement each of the view's labels is (for the log form's choice).
ui::LetterboxView LetterboxPage::build_view(const PageEnv& env) {
    const auto& ctx = env.ctx;
    const auto& ui = env.ui;
    ui::LetterboxView view;
    view.frame = env.frame;
    store::LetterboxRepository letterbox(ctx.db);
    const std::string today = core::local_date(ctx.clock.now(), ctx.time_zone);
    for (const auto& item : letterbox.waiting_items()) {
        view.waiting.push_back(
            {item.id,
             child_name(ctx, item.child_id) + " \u00b7 " +
                 ui::fill(ui.text.tr("coord.letterbox.kind_from." + std::string(core::to_string(item.kind))),
                          {{"who", item.from_whom}}),
             ui::fill(ui.text.tr("coord.letterbox.received_on"),
                      {{"date", short_date(item.received_at, ctx.time_zone, ui.text)}})});
    }
    arrangement_ids_.clear();
    for (const auto& a : letterbox.active_arrangements()) {
        const std::string child = child_name(ctx, a.child_id);
        const auto due = core::next_letterbox_due(a, letterbox.received_dates(a.id, ctx.time_zone));
        ui::LetterboxArrangementRow row{a.id,
                                        who_writes(ui, a, child) + ", " +
                                            ui::fill(ui.text.tr("coord.letterbox.every"),
                                                     {{"months", std::to_string(a.every_months)}}),
                                        "", false};
        if (due) {
            row.overdue = *due < today;
            row.next_due = ui::fill(ui.text.tr(row.overdue ? "coord.letterbox.overdue_since" : "coord.letterbox.next_due"),
                                    {{"date", ui::short_date(ui.text, *due)}});
        }
        view.arrangements.push_back(std::move(row));
        arrangement_ids_.push_back(a.id);
        view.arrangement_labels.push_back(child + ", " +
                                          ui::fill(ui.text.tr(a.direction == core::LetterboxDirection::ToChild
                                                                  ? "coord.letterbox.from"
                                                                  : "coord.letterbox.to"),
                                                   {{"who", a.with_whom}}));
    }
    for (const auto k : core::kAllLetterboxKinds) view.kind_labels.emplace_back(ui.text.tr("coord.letterbox.kind." + std::string(core::to_string(k))));
    for (const auto d : core::kAllLetterboxDirections) {
        view.direction_labels.emplace_back(ui.text.tr("coord.letterbox.direction." + std::string(core::to_string(d))));
    }
    for (const auto c : core::letterbox_checks()) {
        view.check_labels.emplace_back(ui.text.tr("coord.letterbox.check." + std::string(core::to_string(c))));
    }
    if (draft_.form == ui::LetterboxForm::CheckItem) {
        if (const auto item = letterbox.item(draft_.checking)) {
            view.checking_summary =
                child_name(ctx, item->child_id) + " \u00b7 " +
                ui::fill(ui.text.tr("coord.letterbox.kind_from." + std::string(core::to_string(item->kind))),
                         {{"who", item->from_whom}}) +
                " \u00b7 " + short_date(item->received_at, ctx.time_zone, ui.text) + "\n" + item->description;
        }
    }
    view.child_matches = child_matches_;
    if (draft_.child != 0) view.chosen_child = child_name(ctx, draft_.child);
    for (const auto& p : problems_) view.problems.emplace_back(ui.text.tr(p));
    if (!done_.empty()) view.done = ui.text.tr(done_);
    return view;
}

PageRequest LetterboxPage::handle(const ui::LetterboxIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    if (std::holds_alternative<std::monostate>(intent)) return {};
    const CoordinatorContext& ctx = env.ctx;
    problems_.clear();
    done_.clear();
    std::visit(
        [&](const auto& asked) {
            using Asked = std::decay_t<decltype(asked)>;
            if constexpr (std::is_same_v<Asked, ui::StartLogItem>) {
                start_log(ctx);
            } else if constexpr (std::is_same_v<Asked, ui::StartArrangement>) {
                draft_ = {};
                draft_.form = ui::LetterboxForm::Arrangement;
                draft_.first_due = core::add_months(core::local_date(ctx.clock.now(), ctx.time_zone), 1);
                child_matches_.clear();
            } else if constexpr (std::is_same_v<Asked, ui::OpenLetterboxItem>) {
                open_item(ctx, asked.id);
            } else if constexpr (std::is_same_v<Asked, ui::OpenArrangement>) {
                open_arrangement(ctx, asked.id);
            } else if constexpr (std::is_same_v<Asked, ui::FindLetterboxChild>) {
                child_matches_ = store::LetterboxRepository(ctx.db).children_named(draft_.child_search);
                if (child_matches_.empty()) problems_.push_back("coord.letterbox.no_child_found");
            } else if constexpr (std::is_same_v<Asked, ui::ChooseLetterboxChild>) {
                draft_.child = asked.id;
            } else if constexpr (std::is_same_v<Asked, ui::SaveLetterboxItem>) {
                if (draft_.arrangement < 0 || static_cast<std::size_t>(draft_.arrangement) >= arrangement_ids_.size()) {
                    problems_.push_back("coord.letterbox.choose_arrangement");
                    return;
                }
                if (!core::is_iso_date(draft_.received_day)) {
                    problems_.push_back("coord.letterbox.problem.bad_received_day");
                    return;
                }
                core::LetterboxItem item;
                item.arrangement_id = arrangement_ids_[static_cast<std::size_t>(draft_.arrangement)];
                item.kind = core::choice_at(core::kAllLetterboxKinds, draft_.kind);
                item.from_whom = draft_.from_whom;
                item.description = draft_.description;
                // Noon on the day it arrived: the day is what counts for the next exchange.
                item.received_at = core::local_to_utc(draft_.received_day, 12, 0, ctx.time_zone);
                if (item.received_at > ctx.clock.now()) item.received_at = ctx.clock.now();
                const auto result = log_letterbox_item(ctx, item);
                problems_ = problem_keys(result.problems);
                if (result.problems.empty()) {
                    start_log(ctx);
                    done_ = "coord.letterbox.logged";
                }
            } else if constexpr (std::is_same_v<Asked, ui::ForwardLetterboxItem> ||
                                 std::is_same_v<Asked, ui::HoldLetterboxItem>) {
                std::vector<core::LetterboxCheck> passed;
                const auto& all = core::letterbox_checks();
                for (std::size_t i = 0; i < all.size() && i < draft_.checks.size(); ++i) {
                    if (draft_.checks[i]) passed.push_back(all[i]);
                }
                const auto decision = std::is_same_v<Asked, ui::ForwardLetterboxItem> ? core::LetterboxDecision::Forwarded
                                                                                      : core::LetterboxDecision::Held;
                const auto result = decide_letterbox_item(ctx, draft_.checking, decision, passed, draft_.reason);
                problems_ = problem_keys(result.problems);
                if (result.problems.empty()) {
                    start_log(ctx);
                    done_ = decision == core::LetterboxDecision::Forwarded ? "coord.letterbox.forwarded"
                                                                           : "coord.letterbox.held";
                }
            } else if constexpr (std::is_same_v<Asked, ui::SaveArrangement>) {
                if (draft_.child == 0) {
                    problems_.push_back("coord.letterbox.choose_child");
                    return;
                }
                core::LetterboxArrangement a{draft_.editing, draft_.child,
                                             core::choice_at(core::kAllLetterboxDirections, draft_.direction),
                                             draft_.with_whom, draft_.every_months, draft_.first_due, draft_.active};
                const auto result = save_letterbox_arrangement(ctx, a);
                problems_ = problem_keys(result.problems);
                if (result.problems.empty()) {
                    draft_.editing = result.id;
                    done_ = "coord.letterbox.arrangement_saved";
                }
            }
        },
        intent);
    return {};
}

}  // namespace kiosk::app
