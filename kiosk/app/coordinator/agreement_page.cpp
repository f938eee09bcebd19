// The agreement editor: the draft from the current version (or defaults), the view, and
// saving a new version. Also writes the plain-language export for the family.
#include <algorithm>
#include <array>
#include <fstream>

#include "kiosk/app/coordinator/agreement_export.hpp"
#include "kiosk/app/coordinator/agreement_service.hpp"
#include "kiosk/app/coordinator/agreement_page.hpp"
#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/form_defaults.hpp"
#include "kiosk/core/rule_library.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/venue_repository.hpp"

namespace kiosk::app {
namespace {
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

void AgreementPage::open(const CoordinatorContext& ctx, core::Id referral) {
    referral_ = referral;
    const core::AgreementVersion v = agreement_draft_for(ctx, referral_);
    const auto adults = store::FamilyRepository(ctx.db).adults_of(child_of(ctx, referral_));
    const auto rooms = venue_rooms(ctx.db);
    ui::AgreementDraft& d = draft_;
    d = {};
    for (const auto& adult : adults) {
        d.attendees.push_back(std::any_of(v.attendees.begin(), v.attendees.end(),
                                          [&](const core::ApprovedAttendee& a) { return a.adult_id == adult.id; }));
    }
    d.frequency = core::row_of(core::kAllFrequencies, core::frequency_from(v.frequency).value_or(core::Frequency::Weekly));
    d.custom_days = v.custom_interval_days > 0 ? v.custom_interval_days : core::form_defaults::kCustomIntervalDays;
    d.minutes = v.session_minutes;
    for (std::size_t i = 0; i < rooms.size(); ++i) {
        if (rooms[i].id == v.room_id) d.room = static_cast<int>(i);
    }
    d.grace = v.grace_minutes;
    d.timescale_kind = core::row_of(core::kAllTimescaleKinds, v.recording_working_days > 0 ? core::TimescaleKind::WorkingDays
                                                                                            : core::TimescaleKind::Hours);
    d.timescale_hours = v.recording_timescale_hours;
    d.working_days = v.recording_working_days > 0 ? v.recording_working_days : core::form_defaults::kRecordingWorkingDays;
    d.review_date = v.review_date;
    d.level = core::row_of(core::kAllSupervisionLevels, v.supervision_level);
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
            if (plan.leave_order == 1) d.leaves_first = core::row_of(core::kAllParties, core::Party::Family);
        } else {
            d.carer_from = plan.arrive_from_minutes_before;
            d.carer_until = plan.arrive_until_minutes_before;
            if (plan.leave_order == 1) d.leaves_first = core::row_of(core::kAllParties, core::Party::Carer);
        }
    }
    d.leave_gap = v.leave_gap_minutes;
    load_arrangement_and_siblings(ctx, v, child_of(ctx, referral_));
}

void AgreementPage::load_arrangement_and_siblings(const CoordinatorContext& ctx, const core::AgreementVersion& v, core::Id child) {
    ui::AgreementDraft& d = draft_;
    const core::ContactArrangement& a = v.arrangement;
    d.contact_mode = core::row_of(core::kAllContactModes, a.mode);
    d.platform = core::platform_row(a.platform);
    d.call_starter = core::row_of(core::kAllCallStarters, a.call_started_by);
    d.place = a.community_place;
    d.supervised_by = core::row_of(core::kAllSupervisors, a.supervised_by);
    d.supervisor_name = a.supervisor_name;
    possible_siblings_ = store::FamilyRepository(ctx.db).possible_siblings(child);
    // A sibling named on the version stays on the list even if the parent's record changed.
    for (const auto& named : v.siblings) {
        const bool listed = std::any_of(possible_siblings_.begin(), possible_siblings_.end(),
                                        [&](const core::Child& c) { return c.id == named.child_id; });
        if (!listed) {
            if (auto c = store::FamilyRepository(ctx.db).child(named.child_id)) possible_siblings_.push_back(std::move(*c));
        }
    }
    d.siblings.assign(possible_siblings_.size(), false);
    d.sibling_from.assign(possible_siblings_.size(), core::form_defaults::kSiblingCarerFrom);
    d.sibling_until.assign(possible_siblings_.size(), core::form_defaults::kSiblingCarerUntil);
    for (std::size_t i = 0; i < possible_siblings_.size(); ++i) {
        for (const auto& named : v.siblings) {
            if (named.child_id != possible_siblings_[i].id) continue;
            d.siblings[i] = true;
            d.sibling_from[i] = named.carer.arrive_from_minutes_before;
            d.sibling_until[i] = named.carer.arrive_until_minutes_before;
        }
    }
}

void AgreementPage::save_arrangement_and_siblings(core::AgreementVersion& v) const {
    const ui::AgreementDraft& d = draft_;
    v.arrangement.mode = d.chosen_mode();
    if (v.arrangement.mode == core::ContactMode::Virtual) {
        v.arrangement.platform = std::string{core::platform_at(d.platform)};
        v.arrangement.call_started_by = core::choice_at(core::kAllCallStarters, d.call_starter);
    }
    if (v.arrangement.mode == core::ContactMode::Community) v.arrangement.community_place = d.place;
    v.arrangement.supervised_by = d.chosen_supervisor();
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

const ui::AgreementEditorView& AgreementPage::view(const PageEnv& env) const {
    return model_.get(env.key(BuiltFor{env.language(), referral_, env.messages}), [&] { return build_view(env); });
}

ui::AgreementEditorView AgreementPage::build_view(const PageEnv& env) const {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    ui::AgreementEditorView view;
    view.frame = env.frame;
    const core::Id child = child_of(ctx, referral_);
    if (const auto c = store::FamilyRepository(ctx.db).child(child)) view.child = c->first_name;
    for (const auto& adult : store::FamilyRepository(ctx.db).adults_of(child)) {
        view.attendee_labels.push_back(adult.relationship + " — " + adult.first_name);
    }
    for (const auto f : core::kAllFrequencies) view.frequency_labels.emplace_back(text.tr("coord.frequency." + std::string{core::to_string(f)}));
    for (const auto& room : venue_rooms(ctx.db)) view.room_labels.push_back(room.name);
    for (const auto kind : core::kAllTimescaleKinds) {
        view.timescale_labels.emplace_back(text.tr(kind == core::TimescaleKind::Hours ? "coord.agreement.in_hours" : "coord.agreement.in_working_days"));
    }
    view.level_labels = level_labels(text);
    for (const std::string_view kind : core::kRuleLibrary) {
        view.rule_labels.emplace_back(text.tr("rule_text." + std::string{kind}));
    }
    for (const auto& language : text.languages()) {
        if (language.code == text.language()) {
            view.own_language = {language.code, language.own_name};
        } else {
            view.other_languages.push_back({language.code, language.own_name});
        }
    }
    for (const auto party : core::kAllParties) view.party_labels.emplace_back(text.tr(party == core::Party::Family ? "coord.party.family" : "coord.party.carer"));
    // Labels in the order of core's lists: a row the coordinator taps is that list's row.
    for (const auto mode : core::kAllContactModes) view.mode_labels.emplace_back(text.tr("coord.contact_mode." + std::string{core::to_string(mode)}));
    for (const auto platform : core::call_platforms()) {
        const auto brand = core::platform_brand_name(platform);
        view.platform_labels.emplace_back(brand.empty() ? std::string{text.tr("platform." + std::string{platform})} : std::string{brand});
    }
    for (const auto who : core::kAllCallStarters) view.starter_labels.emplace_back(text.tr("coord.call_starter." + std::string{core::to_string(who)}));
    for (const auto who : core::kAllSupervisors) {
        view.supervised_by_labels.emplace_back(text.tr("coord.supervised_by." + std::string{core::to_string(who)}));
    }
    const std::string today = core::local_date(ctx.clock.now(), ctx.time_zone);
    for (const auto& sibling : possible_siblings_) {
        view.sibling_labels.push_back(sibling.first_name + ", " + std::to_string(core::age_in_years(sibling.date_of_birth, today)));
    }
    view.sibling_carer_label = text.tr("coord.agreement.sibling_carer");
    store::AgreementRepository agreements(ctx.db);
    const auto agreement = agreements.for_child(child);
    const auto latest = agreement ? agreements.latest_version(agreement->id) : std::nullopt;
    view.version_text = latest ? std::string(text.tr("coord.agreement.now_version")) + " " +
                                     std::to_string(latest->version) + " (" +
                                     short_date(latest->effective_from, ctx.time_zone, text) + "). " +
                                     text.tr("coord.agreement.new_version_note")
                               : text.tr("coord.agreement.first_version_note");
    view.problems = env.messages.problem.empty() ? std::vector<std::string>{} : std::vector<std::string>{env.messages.problem};
    view.saved = env.messages.done;
    return view;
}

PageRequest AgreementPage::handle(const ui::AgreementEditorIntent& intent, PageEnv& env) {
    if (std::holds_alternative<ui::CoordinatorTab>(intent)) return tab_request(intent);
    if (std::holds_alternative<ui::AddOwnRule>(intent)) add_own_rule(env);
    if (const auto* remove = std::get_if<ui::RemoveOwnRule>(&intent)) {
        env.messages.clear();
        if (remove->index < draft_.own_rules.size()) {
            draft_.own_rules.erase(draft_.own_rules.begin() + static_cast<std::ptrdiff_t>(remove->index));
        }
    }
    if (std::holds_alternative<ui::BackFromAgreement>(intent)) return OpenScreen{CoordinatorScreen::Referrals};
    if (std::holds_alternative<ui::ExportAgreement>(intent)) export_for_family(env);
    if (std::holds_alternative<ui::SaveAgreementVersion>(intent)) save(env);
    return {};
}

void AgreementPage::export_for_family(PageEnv& env) {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    auto& messages = env.messages;
    messages.clear();
    store::AgreementRepository agreements(ctx.db);
    const auto agreement = agreements.for_child(child_of(ctx, referral_));
    const auto latest = agreement ? agreements.latest_version(agreement->id) : std::nullopt;
    if (!latest) {
        messages.problem = text.tr("coord.agreement.nothing_to_export");
        return;
    }
    last_export_ = agreement_page_html(ctx.db, latest->id, ctx.time_zone, text);
    try {
        const auto file = write_family_page(ctx.db, latest->id, ctx.time_zone, text, ctx.family_pages);
        messages.done = std::string(text.tr("coord.family_page.written_to")) + " " + file.string();
    } catch (const FamilyPageError& failure) {
        // One sentence in the coordinator's language naming the folder (never the child):
        // the coordinator can fix the config.
        messages.problem = std::string(text.tr("coord.family_page.failed")) + " " + text.tr(failure.key());
        if (!failure.folder().empty()) messages.problem += " " + failure.folder().string();
        messages.problem += ".";
    }
}

void AgreementPage::save(PageEnv& env) {
    const auto& ctx = env.ctx;
    const auto& text = env.ui.text;
    auto& messages = env.messages;
    messages.clear();
    const auto& d = draft_;
    core::AgreementVersion v;
    const auto adults = store::FamilyRepository(ctx.db).adults_of(child_of(ctx, referral_));
    for (std::size_t i = 0; i < adults.size() && i < d.attendees.size(); ++i) {
        if (d.attendees[i]) v.attendees.push_back({adults[i].id, adults[i].first_name, adults[i].relationship});
    }
    const core::Frequency frequency = d.chosen_frequency();
    v.frequency = std::string{core::to_string(frequency)};
    v.custom_interval_days = frequency == core::Frequency::Custom ? d.custom_days : 0;
    v.session_minutes = d.minutes;
    const auto rooms = venue_rooms(ctx.db);
    v.room_id = rooms.empty() ? 0 : rooms[static_cast<std::size_t>(d.room) % rooms.size()].id;
    v.grace_minutes = d.grace;
    const core::TimescaleKind timescale = d.chosen_timescale();
    v.recording_timescale_hours = timescale == core::TimescaleKind::Hours ? d.timescale_hours : core::kDefaultRecordingHours;
    v.recording_working_days = timescale == core::TimescaleKind::WorkingDays ? d.working_days : 0;
    v.review_date = d.review_date;
    v.supervision_level = core::choice_at(core::kAllSupervisionLevels, d.level);
    // A library rule is stored by its kind (families read it in their language from the
    // catalogs); its words in the coordinator's language are kept with it for the record.
    for (std::size_t i = 0; i < core::kRuleLibrary.size() && i < d.library_rules.size(); ++i) {
        if (!d.library_rules[i]) continue;
        const std::string kind{core::kRuleLibrary[i]};
        v.rules.push_back({.kind = kind, .text = text.tr("rule_text." + kind), .language = text.language()});
    }
    for (const auto& own : d.own_rules) {
        v.rules.push_back({.kind = std::string{core::kOwnRuleKind}, .text = own.text, .language = own.language,
                           .translations = own.translations});
    }
    const bool family_first = core::choice_at(core::kAllParties, d.leaves_first) == core::Party::Family;
    v.arrival_plans = {{core::Party::Family, d.family_from, d.family_until, family_first ? 1 : 2},
                       {core::Party::Carer, d.carer_from, d.carer_until, family_first ? 2 : 1}};
    v.leave_gap_minutes = d.leave_gap;
    save_arrangement_and_siblings(v);
    const auto result = save_agreement_version(ctx, referral_, v);
    if (!result.problems.empty()) {
        for (const auto p : result.problems) messages.add_problem(problem_text(p, text));
        return;
    }
    messages.done = std::string(text.tr("coord.agreement.saved_version")) + " " + std::to_string(result.version);
}

void AgreementPage::add_own_rule(PageEnv& env) {
    env.messages.clear();
    ui::AgreementDraft& d = draft_;
    if (d.new_rule.find_first_not_of(" \n") == std::string::npos) {
        env.messages.problem = env.ui.text.tr("coord.agreement.own_rule_empty");
        return;
    }
    ui::AgreementDraft::OwnRule rule{d.new_rule, env.ui.text.language(), {}};
    for (const auto& [code, words] : d.new_translations) {
        // An empty translation is no translation: that family is told staff will explain.
        if (code != rule.language && words.find_first_not_of(" \n") != std::string::npos) rule.translations[code] = words;
    }
    d.own_rules.push_back(std::move(rule));
    d.new_rule.clear();
    d.new_translations.clear();
}

}  // namespace kiosk::app
