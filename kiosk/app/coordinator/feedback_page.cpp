#include "kiosk/app/coordinator/feedback_page.hpp"

#include <map>

#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/feedback_week.hpp"
#include "kiosk/store/feedback_week_query.hpp"
#include "kiosk/ui/dates.hpp"
#include "kiosk/ui/text_fill.hpp"

namespace kiosk::app {
namespace {

// "4.3"
std::string tenths(int value) { return std::to_string(value / 10) + "." + std::to_string(value % 10); }

ui::FeedbackVenueView venue_view(const std::vector<const store::FeedbackRow*>& rows, const CoordinatorContext& ctx,
                                 const ui::UiResources& ui) {
    ui::FeedbackVenueView v;
    v.venue = rows.front()->venue_name.empty() ? ui.text.tr("coord.feedback.no_venue") : rows.front()->venue_name;
    v.responses = ui::fill(ui.text.tr("coord.feedback.responses"), {{"count", std::to_string(rows.size())}});
    v.chart_title = ui.text.tr("coord.feedback.child_faces");
    v.comments_title = ui.text.tr("coord.feedback.comments");
    v.no_comments = ui.text.tr("coord.feedback.no_comments");
    std::vector<int> child;
    std::vector<int> adult;
    for (const auto* r : rows) {
        child.push_back(r->feedback.child_face);
        adult.push_back(r->feedback.adult_face);
    }
    const core::FaceTally children = core::tally_faces(child);
    const core::FaceTally adults = core::tally_faces(adult);
    for (int face = 5; face >= 1; --face) {
        const int count = children.faces[static_cast<std::size_t>(face - 1)];
        v.child_faces.push_back({face, ui.text.tr("face." + std::to_string(face)), count,
                                 children.most() > 0 ? static_cast<float>(count) / static_cast<float>(children.most()) : 0.0F});
    }
    v.child_summary = children.given() > 0
                          ? ui::fill(ui.text.tr("coord.feedback.mean"), {{"mean", tenths(children.mean_tenths())}})
                          : std::string(ui.text.tr("coord.feedback.no_faces"));
    if (children.not_given > 0) {
        v.child_summary += " \u00b7 " + ui::fill(ui.text.tr("coord.feedback.skipped"),
                                                 {{"count", std::to_string(children.not_given)}});
    }
    v.adult_summary = std::string(ui.text.tr("coord.feedback.adults")) + " " +
                      (adults.given() > 0 ? ui::fill(ui.text.tr("coord.feedback.mean"), {{"mean", tenths(adults.mean_tenths())}})
                                          : std::string(ui.text.tr("coord.feedback.no_faces")));
    for (const auto* r : rows) {
        const auto& f = r->feedback;
        if (f.comment.empty() && !r->comment_removed) continue;
        ui::FeedbackComment c;
        c.when = short_date(f.at, ctx.time_zone, ui.text);
        if (f.anonymous) {
            // Not its day either: the week is all anyone is told of an anonymous feedback.
            c.when.clear();
            c.who = ui.text.tr("coord.feedback.anonymous");
        } else {
            c.who = ui::fill(ui.text.tr("coord.feedback.about"), {{"name", r->child_first_name}});
        }
        c.removed = r->comment_removed && f.comment.empty();
        c.text = c.removed ? std::string(ui.text.tr("coord.feedback.comment_removed")) : f.comment;
        v.comments.push_back(std::move(c));
    }
    return v;
}

// The week a coordinator opening the page wants: this week's feedback when there is some, else
// the latest week that has any (on a Monday morning, last week's).
std::string opening_week(const CoordinatorContext& ctx) {
    const std::string this_week = core::week_of(ctx.clock.now(), ctx.time_zone);
    const auto weeks = store::weeks_with_feedback(ctx.db, 1);
    if (weeks.empty() || weeks.front() >= this_week) return this_week;
    return weeks.front();
}

}  // namespace

const ui::FeedbackWeekView& FeedbackPage::view(const PageEnv& env) {
    if (week_.empty()) week_ = opening_week(env.ctx);
    return model_.get(env.key(BuiltFor{env.language(), week_}), [&] { return build_view(env); });
}

ui::FeedbackWeekView FeedbackPage::build_view(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& ui = env.ui;
    const std::string this_week = core::week_of(ctx.clock.now(), ctx.time_zone);
    ui::FeedbackWeekView view;
    view.frame = env.frame;
    view.week_label = ui::fill(ui.text.tr("coord.feedback.week_label"), {{"date", ui::short_date(ui.text, week_)}});
    view.can_go_later = week_ < this_week;
    view.empty = ui.text.tr("coord.feedback.none");
    const auto rows = store::feedback_of_week(ctx.db, week_);
    // Rows come by venue; one card each.
    std::vector<const store::FeedbackRow*> venue;
    for (const auto& row : rows) {
        if (!venue.empty() && venue.front()->feedback.venue_id != row.feedback.venue_id) {
            view.venues.push_back(venue_view(venue, ctx, ui));
            venue.clear();
        }
        venue.push_back(&row);
    }
    if (!venue.empty()) view.venues.push_back(venue_view(venue, ctx, ui));
    return view;
}

PageRequest FeedbackPage::handle(const ui::FeedbackWeekIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    const CoordinatorContext& ctx = env.ctx;
    const std::string this_week = core::week_of(ctx.clock.now(), ctx.time_zone);
    if (week_.empty()) week_ = opening_week(ctx);
    if (std::holds_alternative<ui::EarlierFeedbackWeek>(intent)) week_ = core::add_days(week_, -7);
    if (std::holds_alternative<ui::LaterFeedbackWeek>(intent) && week_ < this_week) week_ = core::add_days(week_, 7);
    return {};
}

}  // namespace kiosk::app
