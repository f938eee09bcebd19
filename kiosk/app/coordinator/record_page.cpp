#include "kiosk/app/coordinator/record_page.hpp"

#include <algorithm>

#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/app/coordinator/record_desk_service.hpp"
#include "kiosk/core/record_chips.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {
namespace {
std::vector<core::StaffMember> active_workers(store::Database& db) {
    std::vector<core::StaffMember> out;
    for (auto& m : store::StaffRepository(db).all()) {
        if (m.active && m.role == core::Role::Worker) out.push_back(std::move(m));
    }
    return out;
}

std::string name_of(store::StaffRepository& staff, core::Id id) {
    const auto m = staff.find(id);
    return m ? m->display_name : "?";
}

std::string writers_of(const RecordDesk& desk, std::string_view part, store::StaffRepository& staff, const ui::Translator& text) {
    std::string out;
    for (const auto& w : desk.writers) {
        if (w.part != part) continue;
        out += (out.empty() ? "" : std::string(", ") + text.tr("coord.record.then") + " ") + name_of(staff, w.staff_id);
    }
    return out.empty() ? std::string{} : "(" + out + ")";
}

std::string refusal_text(DeskRefusal r, const ui::Translator& text) {
    switch (r) {
        case DeskRefusal::None: return {};
        case DeskRefusal::NotAllowed: return text.tr("coord.record.refused.not_allowed");
        case DeskRefusal::BadText: return text.tr("coord.record.refused.bad_text");
        case DeskRefusal::Missing: return text.tr("coord.record.refused.missing");
        case DeskRefusal::WrongState: return text.tr("coord.record.refused.wrong_state");
    }
    return {};
}
}  // namespace

void RecordPage::reset(core::Id record_id, core::Id session_id) {
    record_id_ = record_id;
    session_id_ = session_id;
    draft_ = {};
    problem_.clear();
    done_.clear();
}

void RecordPage::open_session_record(const CoordinatorContext& ctx, core::Id session_id) {
    const auto record = record_of_session(ctx, session_id);
    reset(record.value_or(0), record ? 0 : session_id);
}

const ui::RecordPageView& RecordPage::view(const PageEnv& env) const {
    return model_.get(env.key(BuiltFor{env.language(), record_id_, session_id_, problem_, done_}), [&] { return build_view(env); });
}

ui::RecordPageView RecordPage::build_view(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& ui = env.ui;
    ui::RecordPageView view;
    view.frame = env.frame;
    view.problem = problem_;
    view.done = done_;
    const auto& text = ui.text;
    const core::Timestamp now = ctx.clock.now();
    store::StaffRepository staff(ctx.db);
    if (record_id_ == 0) {
        const auto session = store::SessionRepository(ctx.db).find(session_id_);
        const auto child = session ? store::FamilyRepository(ctx.db).child(session->child_id) : std::nullopt;
        view.heading = child ? child->first_name : "";
        view.state_line = session ? short_date_time(session->starts_at, ctx.time_zone, text) : "";
        view.nobody_started = std::string(text.tr("coord.record.nobody_started")) + " " +
                              (session && session->worker_id != 0 ? name_of(staff, session->worker_id) : text.tr("coord.deadlines.nobody"));
        return view;
    }
    const auto desk = load_record_desk(ctx, record_id_);
    if (!desk) {
        view.nobody_started = text.tr("coord.record.refused.missing");
        return view;
    }
    const auto& r = desk->record;
    // The child alone in the title (the frame's title shares its line with the date and sync status).
    view.heading = desk->child_first_name;
    const std::string session = short_date_time(desk->session_start, ctx.time_zone, text) + " \u00b7 ";
    view.draft = r.state == core::RecordState::Draft;
    if (view.draft) {
        const auto holder = staff.find(desk->holder_id);
        view.state_line = session + text.tr("coord.record.draft_held_by") + " " + (holder ? holder->display_name : "?");
        if (holder && !holder->active) view.state_line += " \u00b7 " + std::string(text.tr("coord.record.needs_handover"));
        view.can_hand_over = true;
        for (const auto& w : active_workers(ctx.db)) {
            if (w.id != desk->holder_id) view.worker_labels.push_back(w.display_name);
        }
    } else {
        // Signed by whoever held it last (its author unless it was handed over).
        view.state_line = session + text.tr("coord.record.final_by") + " " + name_of(staff, desk->holder_id);
        if (r.finalized_at) view.state_line += ", " + relative_time(*r.finalized_at, now, ctx.time_zone, text);
        if (r.late_entry) view.state_line += " \u00b7 " + std::string(text.tr("coord.record.late_entry"));
        view.state_line += " \u00b7 ";
        view.state_line += r.review ? std::string(text.tr("coord.record.reviewed_by")) + " " + name_of(staff, r.review->reviewed_by)
                                    : std::string(text.tr("coord.record.not_reviewed"));
        view.can_review = !r.review && r.author_id != ctx.staff_id && desk->holder_id != ctx.staff_id;
        view.can_add_addendum = true;
    }
    if (desk->text_removed_at) {
        view.removed_note = std::string(text.tr("coord.record.text_removed")) + " (" +
                            relative_time(*desk->text_removed_at, now, ctx.time_zone, text) + ").";
    }
    for (const auto& h : desk->handovers) {
        std::string line = relative_time(h.at, now, ctx.time_zone, text) + ": " + name_of(staff, h.from_staff) + " " +
                           text.tr("coord.record.to") + " " + name_of(staff, h.to_staff) + ", " + text.tr("coord.record.by") + " " + name_of(staff, h.by_staff) + ".";
        if (!h.reason.empty()) line += " " + h.reason;
        view.handovers.push_back(std::move(line));
    }
    if (!desk->text_removed_at) {
        for (const auto section : core::required_sections()) {
            ui::RecordPartView part;
            part.title = text.tr("staff.section." + std::string(core::to_string(section)));
            for (const auto& [which, words] : r.sections) {
                if (which == section) part.text = words;
            }
            part.writers = writers_of(*desk, core::to_string(section), staff, text);
            view.parts.push_back(std::move(part));
        }
    }
    const std::string timeline_writers = writers_of(*desk, store::kTimelinePart, staff, text);
    for (const auto& e : r.timeline) {
        std::string line = core::local_hhmm(e.at, ctx.time_zone);
        if (!e.chip.empty() && !core::chip_label(e.chip).empty()) line += " " + std::string(text.tr("staff.chip." + e.chip));
        if (!e.text.empty()) line += " " + e.text;
        view.timeline.push_back(std::move(line));
    }
    if (!view.timeline.empty() && !timeline_writers.empty()) view.timeline.push_back(timeline_writers);
    for (const auto& a : r.addenda) {
        view.addenda.push_back(relative_time(a.at, now, ctx.time_zone, text) + ", " + name_of(staff, a.author_id) + ": " + a.text);
    }
    return view;
}

PageRequest RecordPage::handle(const ui::RecordPageIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    if (std::holds_alternative<ui::BackFromRecord>(intent)) return OpenScreen{back_};
    const CoordinatorContext& ctx = env.ctx;
    const auto& text = env.ui.text;
    const auto finish = [&](DeskRefusal refusal, const char* done_key) {
        problem_ = refusal_text(refusal, text);
        done_ = refusal == DeskRefusal::None ? std::string(text.tr(done_key)) : std::string{};
    };
    if (std::holds_alternative<ui::MarkRecordReviewed>(intent)) {
        finish(mark_record_reviewed(ctx, record_id_), "coord.record.reviewed_done");
    } else if (std::holds_alternative<ui::AddRecordAddendum>(intent)) {
        const auto refusal = add_record_addendum(ctx, record_id_, draft_.addendum);
        finish(refusal, "coord.record.addendum_done");
        if (refusal == DeskRefusal::None) draft_.addendum.clear();
    } else if (std::holds_alternative<ui::HandOverDraft>(intent)) {
        problem_.clear();
        done_.clear();
        const auto desk = load_record_desk(ctx, record_id_);
        std::vector<core::StaffMember> choices;
        for (auto& w : active_workers(ctx.db)) {
            if (desk && w.id != desk->holder_id) choices.push_back(std::move(w));
        }
        if (draft_.hand_to < 0 || static_cast<std::size_t>(draft_.hand_to) >= choices.size()) {
            problem_ = text.tr("coord.record.pick_worker");
            return {};
        }
        const auto& to = choices[static_cast<std::size_t>(draft_.hand_to)];
        const auto problems = hand_over_draft(ctx, record_id_, to.id, draft_.reason);
        for (const auto p : problems) {
            problem_ += (problem_.empty() ? "" : " ") + std::string(text.tr("coord.action." + std::string(core::to_string(p))));
        }
        if (problems.empty()) {
            done_ = std::string(text.tr("coord.record.handed_to")) + " " + to.display_name + ".";
            draft_ = {};
        }
    }
    return {};
}

}  // namespace kiosk::app
