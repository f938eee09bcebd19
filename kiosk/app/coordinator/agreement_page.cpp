// The agreement editor: the draft from the current version (or defaults), the view, and
// saving a new version. Also writes the plain-language export for the family.
#include <algorithm>
#include <array>
#include <fstream>

#include "kiosk/app/coordinator/agreement_export.hpp"
#include "kiosk/app/coordinator/agreement_service.hpp"
#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/rule_library.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/venue_repository.hpp"

namespace kiosk::app {
namespace {
constexpr std::array<const char*, 3> kFrequencies{"weekly", "fortnightly", "custom"};

std::vector<core::Room> venue_rooms(store::Database& db) {
    std::vector<core::Room> out;
    store::VenueRepository venues(db);
    for (const auto& venue : venues.venues()) {
        for (auto& room : venues.rooms(venue.id)) out.push_back(std::move(room));
    }
    return out;
}

core::Id child_of(const CoordinatorContext& ctx, core::Id referral) {
    const auto r = store::ReferralRepository(ctx.db).find(referral);
    return r ? r->child_id : 0;
}

std::string problem_text(core::AgreementProblem p, const ui::Translator& text) {
    return text.tr("coord.agreement.problem." + std::string(core::to_string(p)));
}
}  // namespace

void CoordinatorController::load_agreement_draft() {
    const core::AgreementVersion v = agreement_draft_for(ctx_, referral_);
    const auto adults = store::FamilyRepository(ctx_.db).adults_of(child_of(ctx_, referral_));
    const auto rooms = venue_rooms(ctx_.db);
    ui::AgreementDraft& d = agreement_;
    d = {};
    for (const auto& adult : adults) {
        d.attendees.push_back(std::any_of(v.attendees.begin(), v.attendees.end(),
                                          [&](const core::ApprovedAttendee& a) { return a.adult_id == adult.id; }));
    }
    for (std::size_t i = 0; i < kFrequencies.size(); ++i) {
        if (v.frequency == kFrequencies[i]) d.frequency = static_cast<int>(i);
    }
    d.custom_days = v.custom_interval_days > 0 ? v.custom_interval_days : 10;
    d.minutes = v.session_minutes;
    for (std::size_t i = 0; i < rooms.size(); ++i) {
        if (rooms[i].id == v.room_id) d.room = static_cast<int>(i);
    }
    d.grace = v.grace_minutes;
    d.timescale_kind = v.recording_working_days > 0 ? 1 : 0;
    d.timescale_hours = v.recording_timescale_hours;
    d.working_days = v.recording_working_days > 0 ? v.recording_working_days : 2;
    d.review_date = v.review_date;
    d.level = static_cast<int>(v.supervision_level);
    d.library_rules.assign(core::kRuleLibrary.size(), false);
    for (const auto& rule : v.rules) {
        bool in_library = false;
        for (std::size_t i = 0; i < core::kRuleLibrary.size(); ++i) {
            if (rule.kind == core::kRuleLibrary[i]) d.library_rules[i] = in_library = true;
        }
        // (A rule saved before schema v10 has no language: it stays "the terminal's own".)
        if (!in_library) d.own_rules.push_back({rule.text, rule.language, rule.translations});
    }
    for (const auto& plan : v.arrival_plans) {
        if (plan.party == core::Party::Family) {
            d.family_from = plan.arrive_from_minutes_before;
            d.family_until = plan.arrive_until_minutes_before;
            if (plan.leave_order == 1) d.leaves_first = 0;
        } else {
            d.carer_from = plan.arrive_from_minutes_before;
            d.carer_until = plan.arrive_until_minutes_before;
            if (plan.leave_order == 1) d.leaves_first = 1;
        }
    }
    d.leave_gap = v.leave_gap_minutes;
    load_arrangement_and_siblings(v, child_of(ctx_, referral_));
}

void CoordinatorController::load_arrangement_and_siblings(const core::AgreementVersion& v, core::Id child) {
    ui::AgreementDraft& d = agreement_;
    const core::ContactArrangement& a = v.arrangement;
    d.contact_mode = static_cast<int>(a.mode);
    const auto platforms = core::call_platforms();
    for (std::size_t i = 0; i < platforms.size(); ++i) {
        if (platforms[i] == a.platform) d.platform = static_cast<int>(i);
    }
    d.call_starter = static_cast<int>(a.call_started_by);
    d.place = a.community_place;
    d.supervised_by = static_cast<int>(a.supervised_by);
    d.supervisor_name = a.supervisor_name;
    possible_siblings_ = store::FamilyRepository(ctx_.db).possible_siblings(child);
    // A sibling named on the version stays on the list even if the parent's record changed.
    for (const auto& named : v.siblings) {
        const bool listed = std::any_of(possible_siblings_.begin(), possible_siblings_.end(),
                                        [&](const core::Child& c) { return c.id == named.child_id; });
        if (!listed) {
            if (auto c = store::FamilyRepository(ctx_.db).child(named.child_id)) possible_siblings_.push_back(std::move(*c));
        }
    }
    d.siblings.assign(possible_siblings_.size(), false);
    d.sibling_from.assign(possible_siblings_.size(), 25);
    d.sibling_until.assign(possible_siblings_.size(), 10);
    for (std::size_t i = 0; i < possible_siblings_.size(); ++i) {
        for (const auto& named : v.siblings) {
            if (named.child_id != possible_siblings_[i].id) continue;
            d.siblings[i] = true;
            d.sibling_from[i] = named.carer.arrive_from_minutes_before;
            d.sibling_until[i] = named.carer.arrive_until_minutes_before;
        }
    }
}

void CoordinatorController::save_arrangement_and_siblings(core::AgreementVersion& v) const {
    const ui::AgreementDraft& d = agreement_;
    const auto platforms = core::call_platforms();
    v.arrangement.mode = static_cast<core::ContactMode>(std::clamp(d.contact_mode, 0, 2));
    if (v.arrangement.mode == core::ContactMode::Virtual) {
        v.arrangement.platform = std::string{platforms[static_cast<std::size_t>(d.platform) % platforms.size()]};
        v.arrangement.call_started_by = static_cast<core::CallStarter>(std::clamp(d.call_starter, 0, 2));
    }
    if (v.arrangement.mode == core::ContactMode::Community) v.arrangement.community_place = d.place;
    v.arrangement.supervised_by = static_cast<core::SupervisedBy>(std::clamp(d.supervised_by, 0, 2));
    if (v.arrangement.supervised_by == core::SupervisedBy::ConsistentAdult) v.arrangement.supervisor_name = d.supervisor_name;
    int position = 2;
    for (std::size_t i = 0; i < possible_siblings_.size() && i < d.siblings.size(); ++i) {
        if (!d.siblings[i]) continue;
        // Each sibling's carer leaves after the family and the child's own carer, in turn.
        v.siblings.push_back(core::SiblingPlan{possible_siblings_[i].id, position,
                                             {core::Party::Carer, d.sibling_from[i], d.sibling_until[i], position + 1}, {}});
        ++position;
    }
}

ui::AgreementEditorView CoordinatorController::agreement_view(const ui::UiResources& ui) const {
    ui::AgreementEditorView view;
    view.frame = frame_view(ui, ui::CoordinatorTab::Referrals);
    const core::Id child = child_of(ctx_, referral_);
    if (const auto c = store::FamilyRepository(ctx_.db).child(child)) view.child = c->first_name;
    for (const auto& adult : store::FamilyRepository(ctx_.db).adults_of(child)) {
        view.attendee_labels.push_back(adult.relationship + " — " + adult.first_name);
    }
    for (const char* f : kFrequencies) view.frequency_labels.emplace_back(ui.text.tr(std::string("coord.frequency.") + f));
    for (const auto& room : venue_rooms(ctx_.db)) view.room_labels.push_back(room.name);
    view.timescale_labels = {ui.text.tr("coord.agreement.in_hours"), ui.text.tr("coord.agreement.in_working_days")};
    view.level_labels = level_labels(ui.text);
    for (const std::string_view kind : core::kRuleLibrary) {
        view.rule_labels.emplace_back(ui.text.tr("rule_text." + std::string{kind}));
    }
    for (const auto& language : ui.text.languages()) {
        if (language.code == ui.text.language()) {
            view.own_language = {language.code, language.own_name};
        } else {
            view.other_languages.push_back({language.code, language.own_name});
        }
    }
    view.party_labels = {ui.text.tr("coord.party.family"), ui.text.tr("coord.party.carer")};
    for (const char* mode : {"venue", "virtual", "community"}) view.mode_labels.emplace_back(ui.text.tr(std::string{"coord.contact_mode."} + mode));
    for (const auto platform : core::call_platforms()) {
        const auto brand = core::platform_brand_name(platform);
        view.platform_labels.emplace_back(brand.empty() ? std::string{ui.text.tr("platform." + std::string{platform})} : std::string{brand});
    }
    for (const char* who : {"worker", "family", "carer"}) view.starter_labels.emplace_back(ui.text.tr(std::string{"coord.call_starter."} + who));
    for (const char* who : {"contact_worker", "carer", "consistent_adult"}) {
        view.supervised_by_labels.emplace_back(ui.text.tr(std::string{"coord.supervised_by."} + who));
    }
    const std::string today = core::local_date(ctx_.clock.now(), ctx_.time_zone);
    for (const auto& sibling : possible_siblings_) {
        view.sibling_labels.push_back(sibling.first_name + ", " + std::to_string(core::age_in_years(sibling.date_of_birth, today)));
    }
    view.sibling_carer_label = ui.text.tr("coord.agreement.sibling_carer");
    store::AgreementRepository agreements(ctx_.db);
    const auto agreement = agreements.for_child(child);
    const auto latest = agreement ? agreements.latest_version(agreement->id) : std::nullopt;
    view.version_text = latest ? std::string(ui.text.tr("coord.agreement.now_version")) + " " +
                                     std::to_string(latest->version) + " (" +
                                     short_date(latest->effective_from, ctx_.time_zone, ui.text) + "). " +
                                     ui.text.tr("coord.agreement.new_version_note")
                               : ui.text.tr("coord.agreement.first_version_note");
    view.problems = problem_.empty() ? std::vector<std::string>{} : std::vector<std::string>{problem_};
    view.saved = done_;
    return view;
}

void CoordinatorController::handle(const ui::AgreementEditorIntent& intent, const ui::UiResources& ui) {
    if (const auto* tab = std::get_if<ui::CoordinatorTab>(&intent)) go_to(*tab);
    if (std::holds_alternative<ui::AddOwnRule>(intent)) return add_own_rule(ui);
    if (const auto* remove = std::get_if<ui::RemoveOwnRule>(&intent)) {
        clear_messages();
        if (remove->index < agreement_.own_rules.size()) {
            agreement_.own_rules.erase(agreement_.own_rules.begin() + static_cast<std::ptrdiff_t>(remove->index));
        }
        return;
    }
    if (std::holds_alternative<ui::BackFromAgreement>(intent)) open(CoordinatorScreen::Referrals);
    const core::Id child = child_of(ctx_, referral_);
    if (std::holds_alternative<ui::ExportAgreement>(intent)) {
        clear_messages();
        store::AgreementRepository agreements(ctx_.db);
        const auto agreement = agreements.for_child(child);
        const auto latest = agreement ? agreements.latest_version(agreement->id) : std::nullopt;
        if (!latest) {
            problem_ = ui.text.tr("coord.agreement.nothing_to_export");
            return;
        }
        last_export_ = agreement_page_html(ctx_.db, latest->id, ctx_.time_zone, ui.text);
        try {
            const auto file = write_family_page(ctx_.db, latest->id, ctx_.time_zone, ui.text, ctx_.family_pages);
            done_ = std::string(ui.text.tr("coord.family_page.written_to")) + " " + file.string();
        } catch (const FamilyPageError& failure) {
            // One sentence in the coordinator's language naming the folder (never the child):
            // the coordinator can fix the config.
            problem_ = std::string(ui.text.tr("coord.family_page.failed")) + " " + ui.text.tr(failure.key());
            if (!failure.folder().empty()) problem_ += " " + failure.folder().string();
            problem_ += ".";
        }
        return;
    }
    if (!std::holds_alternative<ui::SaveAgreementVersion>(intent)) return;
    clear_messages();
    const auto& d = agreement_;
    core::AgreementVersion v;
    const auto adults = store::FamilyRepository(ctx_.db).adults_of(child);
    for (std::size_t i = 0; i < adults.size() && i < d.attendees.size(); ++i) {
        if (d.attendees[i]) v.attendees.push_back({adults[i].id, adults[i].first_name, adults[i].relationship});
    }
    v.frequency = kFrequencies[static_cast<std::size_t>(d.frequency)];
    v.custom_interval_days = d.frequency == 2 ? d.custom_days : 0;
    v.session_minutes = d.minutes;
    const auto rooms = venue_rooms(ctx_.db);
    v.room_id = rooms.empty() ? 0 : rooms[static_cast<std::size_t>(d.room) % rooms.size()].id;
    v.grace_minutes = d.grace;
    v.recording_timescale_hours = d.timescale_kind == 0 ? d.timescale_hours : core::kDefaultRecordingHours;
    v.recording_working_days = d.timescale_kind == 1 ? d.working_days : 0;
    v.review_date = d.review_date;
    v.supervision_level = static_cast<core::SupervisionLevel>(d.level);
    // A library rule is stored by its kind (families read it in their language from the
    // catalogs); its words in the coordinator's language are kept with it for the record.
    for (std::size_t i = 0; i < core::kRuleLibrary.size() && i < d.library_rules.size(); ++i) {
        if (!d.library_rules[i]) continue;
        const std::string kind{core::kRuleLibrary[i]};
        v.rules.push_back({.kind = kind, .text = ui.text.tr("rule_text." + kind), .language = ui.text.language()});
    }
    for (const auto& own : d.own_rules) {
        v.rules.push_back({.kind = std::string{core::kOwnRuleKind}, .text = own.text, .language = own.language,
                           .translations = own.translations});
    }
    v.arrival_plans = {{core::Party::Family, d.family_from, d.family_until, d.leaves_first == 0 ? 1 : 2},
                       {core::Party::Carer, d.carer_from, d.carer_until, d.leaves_first == 1 ? 1 : 2}};
    v.leave_gap_minutes = d.leave_gap;
    save_arrangement_and_siblings(v);
    const auto result = save_agreement_version(ctx_, referral_, v);
    if (!result.problems.empty()) {
        for (const auto p : result.problems) problem_ += (problem_.empty() ? "" : " ") + problem_text(p, ui.text);
        return;
    }
    done_ = std::string(ui.text.tr("coord.agreement.saved_version")) + " " + std::to_string(result.version);
}

void CoordinatorController::add_own_rule(const ui::UiResources& ui) {
    clear_messages();
    ui::AgreementDraft& d = agreement_;
    if (d.new_rule.find_first_not_of(" \n") == std::string::npos) {
        problem_ = ui.text.tr("coord.agreement.own_rule_empty");
        return;
    }
    ui::AgreementDraft::OwnRule rule{d.new_rule, ui.text.language(), {}};
    for (const auto& [code, words] : d.new_translations) {
        // An empty translation is no translation: that family is told staff will explain.
        if (code != rule.language && words.find_first_not_of(" \n") != std::string::npos) rule.translations[code] = words;
    }
    d.own_rules.push_back(std::move(rule));
    d.new_rule.clear();
    d.new_translations.clear();
}

}  // namespace kiosk::app
