#pragma once
// coordinator/agreement: the contact agreement editor. Saving makes a new version that applies
// to sessions booked after it; families confirm it again at the kiosk.
//
// Rules come from the venue's translated rule library (ticked), so every family reads them in
// their own language; a rule of the coordinator's own is written in the coordinator's language
// and may be given a translation for each other language the lobby offers (without one, the
// family is told staff will explain it).
#include <cstddef>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/form_choices.hpp"
#include "kiosk/core/form_defaults.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

struct AgreementDraft {
    std::vector<bool> attendees;  // one per family member label
    // Choices are rows of core's lists (core/form_choices.hpp); the numbers start at core's defaults.
    int frequency = core::row_of(core::kAllFrequencies, core::Frequency::Weekly);
    int custom_days = core::form_defaults::kCustomIntervalDays;
    int minutes = core::form_defaults::kSessionMinutes;
    int room = 0;                 // a row of the view's room labels
    int grace = core::form_defaults::kGraceMinutes;
    int timescale_kind = core::row_of(core::kAllTimescaleKinds, core::TimescaleKind::Hours);
    int timescale_hours = core::form_defaults::kRecordingHours;
    int working_days = core::form_defaults::kRecordingWorkingDays;
    std::string review_date;
    int level = core::row_of(core::kAllSupervisionLevels, core::form_defaults::kSupervisionLevel);
    std::vector<bool> library_rules;  // one per rule library label
    struct OwnRule {
        std::string text;
        std::string language;                             // the language `text` is written in
        std::map<std::string, std::string> translations;  // language code -> the same rule
    };
    std::vector<OwnRule> own_rules;
    std::string new_rule;                                  // a rule of their own being written
    std::map<std::string, std::string> new_translations;  // its translations, by language code
    int family_from = core::form_defaults::kFamilyArriveFrom;  // minutes before the start
    int family_until = core::form_defaults::kFamilyArriveUntil;
    int carer_from = core::form_defaults::kCarerArriveFrom;
    int carer_until = core::form_defaults::kCarerArriveUntil;
    int leaves_first = core::row_of(core::kAllParties, core::Party::Family);
    int leave_gap = core::form_defaults::kLeaveGapMinutes;
    // Issue #16: how contact happens, who supervises, and the brothers and sisters who come too.
    int contact_mode = core::row_of(core::kAllContactModes, core::ContactMode::Venue);
    int platform = 0;       // a row of core::call_platforms() (core::platform_at)
    int call_starter = core::row_of(core::kAllCallStarters, core::CallStarter::Worker);
    std::string place;      // in the community
    int supervised_by = core::row_of(core::kAllSupervisors, core::SupervisedBy::ContactWorker);
    std::string supervisor_name;
    std::vector<bool> siblings;  // one per possible sibling label
    std::vector<int> sibling_from;   // each one's carer's window, minutes before the start
    std::vector<int> sibling_until;

    core::Frequency chosen_frequency() const { return core::choice_at(core::kAllFrequencies, frequency); }
    core::TimescaleKind chosen_timescale() const { return core::choice_at(core::kAllTimescaleKinds, timescale_kind); }
    core::ContactMode chosen_mode() const { return core::choice_at(core::kAllContactModes, contact_mode); }
    core::SupervisedBy chosen_supervisor() const { return core::choice_at(core::kAllSupervisors, supervised_by); }
};

struct AgreementEditorView {
    CoordinatorFrameView frame;
    std::string child;
    std::string version_text;  // "Now: version 2 from 20 Nov 2026. Saving makes version 3."
    std::vector<std::string> attendee_labels;
    std::vector<std::string> frequency_labels;
    std::vector<std::string> room_labels;
    std::vector<std::string> timescale_labels;
    std::vector<std::string> level_labels;
    std::vector<std::string> rule_labels;  // the rule library, in the coordinator's language
    struct Language {
        std::string code;
        std::string name;  // in its own words: "Español"
    };
    Language own_language;                // the language the coordinator writes in
    std::vector<Language> other_languages;  // the lobby's other languages, for translations
    std::vector<std::string> party_labels;  // family, carer
    std::vector<std::string> mode_labels;          // at the centre, a call, in the community
    std::vector<std::string> platform_labels;      // Phone, Zoom, Teams, ...
    std::vector<std::string> starter_labels;       // who starts the call
    std::vector<std::string> supervised_by_labels; // a contact worker, the child's carer, a consistent adult
    std::vector<std::string> sibling_labels;       // possible brothers and sisters: "Peregrine, 3"
    std::string sibling_carer_label;               // "Their carer arrives (minutes before)" 
    std::vector<std::string> problems;      // why the last save was refused, in words
    std::string saved;
};

struct SaveAgreementVersion {};
struct ExportAgreement {};
struct BackFromAgreement {};
struct AddOwnRule {};
struct RemoveOwnRule {
    std::size_t index = 0;
};
using AgreementEditorIntent = std::variant<std::monostate, CoordinatorTab, SaveAgreementVersion, ExportAgreement,
                                           BackFromAgreement, AddOwnRule, RemoveOwnRule>;

AgreementEditorIntent draw_agreement_editor_screen(const AgreementEditorView& view, AgreementDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
