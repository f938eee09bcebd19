// The staff controller's record steps: writing the observation record, raising a
// safeguarding concern from it, and finalizing it (then addenda and review).
#include <algorithm>
#include <type_traits>
#include <variant>

#include "kiosk/app/staff/staff_controller.hpp"
#include "kiosk/core/fact_nudge.hpp"
#include "kiosk/core/record_chips.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/core/siblings.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {

namespace {
constexpr std::array<core::ConcernSeverity, 4> kSeverities{core::ConcernSeverity::Low, core::ConcernSeverity::Medium,
                                                           core::ConcernSeverity::High,
                                                           core::ConcernSeverity::ImmediateDanger};

std::string section_key(core::RecordSection section) { return "staff.section." + std::string{core::to_string(section)}; }
}  // namespace

std::vector<StaffController::SiblingPart> StaffController::sibling_parts() const {
    std::vector<SiblingPart> parts;
    const auto session = store::SessionRepository(db_).find(session_id_);
    if (!session) return parts;
    store::FamilyRepository people(db_);
    for (const auto& sibling : session->siblings) {
        const auto child = people.child(sibling.child_id);
        for (const auto section : core::per_child_sections()) {
            parts.push_back({sibling.position, section, child ? child->first_name : std::string{},
                             child ? child->date_of_birth : std::string{}});
        }
    }
    return parts;
}

void StaffController::add_sibling_sections(const core::ObservationRecord& record, ui::RecordView& view) const {
    const auto parts = sibling_parts();
    if (parts.empty()) return;
    // With siblings, the session's own child's per-child sections carry their name too.
    const auto per_child = core::per_child_sections();
    const auto required = core::required_sections();
    for (std::size_t i = 0; i < required.size() && i < view.sections.size(); ++i) {
        if (std::find(per_child.begin(), per_child.end(), required[i]) != per_child.end()) {
            view.sections[i].child_first_name = view.child_first_name;
        }
    }
    const std::string today = core::local_date(clock_.now(), venue_.time_zone);
    for (const auto& part : parts) {
        ui::SectionView sv;
        sv.title_key = section_key(part.section);
        const core::AgeBand band = part.date_of_birth.empty() ? core::AgeBand::Primary : core::age_band(part.date_of_birth, today);
        sv.prompt_key = std::string{core::section_prompt(part.section, band).key};
        sv.child_first_name = part.first_name;
        for (const auto& written : record.sibling_sections) {
            if (written.position == part.position && written.section == part.section) sv.text = written.text;
        }
        const auto matches = interpretive_words_.empty() ? core::find_interpretive_phrases(sv.text)
                                                         : core::find_interpretive_phrases(sv.text, interpretive_words_);
        for (const auto& m : matches) sv.nudges.emplace_back(m.begin, m.end);
        view.sections.push_back(std::move(sv));
    }
}

void StaffController::open_record() {
    const core::Id me = staff_->member().id;
    if (record_id_ == 0 && !attempt([&] { record_id_ = records_.open_draft(session_id_, me); })) return;
    const auto record = records_.record(record_id_);
    note_text_.clear();
    saved_at_.reset();
    finalize_checked_ = false;
    go(record && record->state == core::RecordState::Final ? StaffStep::Finalize : StaffStep::Record);
}

const std::optional<ui::BoardRowView>& StaffController::record_header() const {
    if (record_header_for_ != session_id_) {
        record_header_ = board_row(session_id_);
        record_header_for_ = session_id_;
    }
    return record_header_;
}

ui::RecordView StaffController::build_record_view() const {
    ui::RecordView view;
    view.clock_hhmm = hhmm(clock_.now());
    view.worker_name = staff_ ? staff_->member().display_name : "";
    const auto& row = record_header();
    core::AgeBand band = core::AgeBand::Primary;
    if (row) {
        view.child_first_name = row->child_first_name;
        view.age_band_key = row->age_band_key;
        view.session_hhmm = row->starts_hhmm + "\xE2\x80\x93" + row->ends_hhmm;
        for (const auto candidate : {core::AgeBand::Baby, core::AgeBand::Primary, core::AgeBand::Teenager}) {
            if (row->age_band_key == "staff.age_band." + std::string{core::to_string(candidate)}) band = candidate;
        }
    }
    for (const auto& chip : core::quick_chips()) {
        if (core::chip_fits(chip, band)) view.chips.push_back({std::string{chip.key}, "staff.chip." + std::string{chip.key}});
    }
    const auto record = records_.record(record_id_);
    if (record) {
        for (auto it = record->timeline.rbegin(); it != record->timeline.rend(); ++it) {
            const bool known = !it->chip.empty() && !core::chip_label(it->chip).empty();
            view.timeline.push_back({hhmm(it->at), known ? "staff.chip." + it->chip : "", it->text});
        }
        for (const auto section : core::required_sections()) {
            ui::SectionView sv;
            sv.title_key = section_key(section);
            sv.prompt_key = std::string{core::section_prompt(section, band).key};
            for (const auto& [which, text] : record->sections) {
                if (which == section) sv.text = text;
            }
            const auto matches = interpretive_words_.empty()
                                     ? core::find_interpretive_phrases(sv.text)
                                     : core::find_interpretive_phrases(sv.text, interpretive_words_);
            for (const auto& m : matches) sv.nudges.emplace_back(m.begin, m.end);
            view.sections.push_back(std::move(sv));
        }
        add_sibling_sections(*record, view);
    }
    view.note_text = note_text_;
    if (saved_at_) view.saved_hhmm = hhmm(*saved_at_);
    view.message = message_;
    return view;
}

void StaffController::handle(const ui::RecordIntent& intent) {
    note_intent(intent);
    if (!staff_) return;
    const core::Id me = staff_->member().id;
    std::visit(
        [&](const auto& asked) {
            using Asked = std::decay_t<decltype(asked)>;
            if constexpr (std::is_same_v<Asked, ui::TapChip>) {
                if (attempt([&] { records_.add_timeline_entry(record_id_, me, asked.key, ""); })) saved_at_ = clock_.now();
            } else if constexpr (std::is_same_v<Asked, ui::NoteEdited>) {
                note_text_ = asked.text;
            } else if constexpr (std::is_same_v<Asked, ui::AddNote>) {
                if (note_text_.find_first_not_of(" \n\t") == std::string::npos) return;
                if (attempt([&] { records_.add_timeline_entry(record_id_, me, "", note_text_); })) {
                    note_text_.clear();
                    saved_at_ = clock_.now();
                }
            } else if constexpr (std::is_same_v<Asked, ui::SectionEdited>) {
                const auto sections = core::required_sections();
                if (asked.index >= sections.size()) {
                    // A sibling's own part: the parts follow the shared sections, child by child.
                    const auto parts = sibling_parts();
                    const std::size_t part = asked.index - sections.size();
                    if (part >= parts.size()) return;
                    if (attempt([&] {
                            records_.save_sibling_section(record_id_, me, parts[part].section, parts[part].position, asked.text);
                        })) {
                        saved_at_ = clock_.now();
                    }
                    return;
                }
                // Every change is its own committed transaction: nothing on screen can be lost.
                if (attempt([&] { records_.save_section(record_id_, me, sections[asked.index], asked.text); })) {
                    saved_at_ = clock_.now();
                }
            } else if constexpr (std::is_same_v<Asked, ui::RaiseConcern>) {
                chosen_severity_ = -1;
                concern_text_.clear();
                go(StaffStep::Concern);
            } else if constexpr (std::is_same_v<Asked, ui::GoToFinalize>) {
                finalize_checked_ = false;
                go(StaffStep::Finalize);
            } else if constexpr (std::is_same_v<Asked, ui::BackToSession>) {
                go(StaffStep::Session);
            } else if constexpr (std::is_same_v<Asked, ui::LockStaffFace>) {
                lock("staff.signin.locked_by_worker");
            }
        },
        intent);
}

ui::ConcernView StaffController::build_concern_view() const {
    ui::ConcernView view;
    view.clock_hhmm = hhmm(clock_.now());
    view.worker_name = staff_ ? staff_->member().display_name : "";
    if (const auto& row = record_header()) view.child_first_name = row->child_first_name;
    for (const auto severity : kSeverities) view.severity_keys.push_back("staff.severity." + std::string{core::to_string(severity)});
    view.chosen_severity = chosen_severity_;
    view.text = concern_text_;
    view.message = message_;
    return view;
}

void StaffController::handle(const ui::ConcernIntent& intent) {
    note_intent(intent);
    if (!staff_) return;
    if (const auto* choose = std::get_if<ui::ChooseSeverity>(&intent)) {
        if (choose->index >= 0 && static_cast<std::size_t>(choose->index) < kSeverities.size()) chosen_severity_ = choose->index;
    } else if (const auto* edited = std::get_if<ui::ConcernEdited>(&intent)) {
        concern_text_ = edited->text;
    } else if (std::holds_alternative<ui::SendConcern>(intent)) {
        if (chosen_severity_ < 0) {
            message_ = "staff.concern.choose_severity";
            return;
        }
        const auto severity = kSeverities[static_cast<std::size_t>(chosen_severity_)];
        if (attempt([&] { safeguarding_.raise_concern(session_id_, staff_->member().id, severity, concern_text_); })) {
            concern_text_.clear();
            saved_at_ = clock_.now();
            go(StaffStep::Record);
            message_ = "staff.concern.sent";
        }
    } else if (std::holds_alternative<ui::CancelConcern>(intent)) {
        go(StaffStep::Record);
    } else if (std::holds_alternative<ui::LockStaffFace>(intent)) {
        lock("staff.signin.locked_by_worker");
    }
}

ui::FinalizeView StaffController::build_finalize_view() const {
    ui::FinalizeView view;
    const core::Timestamp now = clock_.now();
    view.clock_hhmm = hhmm(now);
    view.worker_name = staff_ ? staff_->member().display_name : "";
    if (const auto& row = record_header()) view.child_first_name = row->child_first_name;
    view.use_note = std::string{core::kRecordUseNote};
    view.message = message_;
    view.addendum_text = addendum_text_;
    const auto record = records_.record(record_id_);
    if (!record) return view;
    view.is_final = record->state == core::RecordState::Final;
    const core::Timestamp due = record->due_at ? *record->due_at : records_.due_at(session_id_);
    view.due_text = day_hhmm(due);
    view.overdue = !view.is_final && now > due;
    view.checked = finalize_checked_;
    for (const auto section : core::missing_sections(*record)) view.missing_title_keys.push_back(section_key(section));
    const auto parts = sibling_parts();
    std::vector<int> positions;
    for (const auto& part : parts) {
        if (positions.empty() || positions.back() != part.position) positions.push_back(part.position);
    }
    for (const auto& [section, position] : core::missing_sibling_sections(*record, positions)) {
        for (const auto& part : parts) {
            if (part.position == position && part.section == section) {
                view.missing_for_siblings.emplace_back(part.first_name, section_key(section));
            }
        }
    }
    store::StaffRepository staff(db_);
    auto name_of = [&](core::Id id) {
        const auto member = staff.find(id);
        return member ? member->display_name : std::string{};
    };
    if (view.is_final) {
        // The signer: the author, or the worker the draft was handed to (issue #15).
        view.signed_text = name_of(records_.holder(*record)) + ", " + (record->finalized_at ? day_hhmm(*record->finalized_at) : "");
        view.late_entry = record->late_entry;
        view.use_note = record->use_note;
        view.reviewed = record->review.has_value();
        view.can_review = staff_ && staff_->is_coordinator() && staff_->member().id != record->author_id;
    }
    for (const auto& a : record->addenda) view.addenda.push_back({day_hhmm(a.at), name_of(a.author_id), a.text});
    return view;
}

void StaffController::handle(const ui::FinalizeIntent& intent) {
    note_intent(intent);
    if (!staff_) return;
    const core::Id me = staff_->member().id;
    if (std::holds_alternative<ui::SignAndFinalize>(intent)) {
        FinalizeResult result;
        if (!attempt([&] { result = records_.finalize(record_id_, me); })) return;
        finalize_checked_ = true;
        if (!result.finalized) message_ = "staff.finalize.not_yet";
    } else if (const auto* edited = std::get_if<ui::AddendumEdited>(&intent)) {
        addendum_text_ = edited->text;
    } else if (std::holds_alternative<ui::AddAddendum>(intent)) {
        if (attempt([&] { records_.add_addendum(record_id_, me, addendum_text_); })) addendum_text_.clear();
    } else if (std::holds_alternative<ui::MarkReviewed>(intent)) {
        attempt([&] { records_.mark_reviewed(record_id_, me); });
    } else if (std::holds_alternative<ui::BackToRecord>(intent)) {
        go(StaffStep::Record);
    } else if (std::holds_alternative<ui::BackToBoard>(intent)) {
        go(StaffStep::Board);
    } else if (std::holds_alternative<ui::LockStaffFace>(intent)) {
        lock("staff.signin.locked_by_worker");
    }
}

}  // namespace kiosk::app
