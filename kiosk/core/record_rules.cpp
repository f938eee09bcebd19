#include "kiosk/core/record_rules.hpp"

#include <algorithm>
#include <array>

#include "kiosk/core/calendar.hpp"
#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<AgeBand, 3> kBandNames{{{
    {AgeBand::Baby, "baby"},
    {AgeBand::Primary, "primary"},
    {AgeBand::Teenager, "teenager"},
}}};

constexpr std::array<RecordSection, 10> kRequired{
    RecordSection::Attendance,          RecordSection::BroughtBy,  RecordSection::PresentationArrival,
    RecordSection::PresentationDeparture, RecordSection::Interaction, RecordSection::ChildVoice,
    RecordSection::ParentingGuidance,   RecordSection::Activities, RecordSection::Concerns,
    RecordSection::Analysis,
};

struct SectionText {
    RecordSection section;
    std::string_view title;
    // Prompts by band: baby, primary, teenager.
    std::array<SectionPrompt, 3> prompts;
};

// One row per section; the keys follow "record.prompt.<section>.<band>".
constexpr std::array<SectionText, 10> kSections{{
    {RecordSection::Attendance, "Attendance and punctuality",
     {{{"record.prompt.attendance.baby", "Who came, when each person arrived and left, against the times agreed."},
       {"record.prompt.attendance.primary", "Who came, when each person arrived and left, against the times agreed."},
       {"record.prompt.attendance.teenager", "Who came, when each person arrived and left, against the times agreed."}}}},
    {RecordSection::BroughtBy, "Who brought the child",
     {{{"record.prompt.brought_by.baby", "Who brought the baby, and what they passed on (feeds, sleep, nappies)."},
       {"record.prompt.brought_by.primary", "Who brought the child and what they said at handover."},
       {"record.prompt.brought_by.teenager", "Who brought the young person, or did they come on their own?"}}}},
    {RecordSection::PresentationArrival, "The child at arrival",
     {{{"record.prompt.presentation_arrival.baby", "Was the baby awake, feeding, settled or crying? Clean and dressed for the weather?"},
       {"record.prompt.presentation_arrival.primary", "What did the child say and do as they arrived? How did they greet each person?"},
       {"record.prompt.presentation_arrival.teenager", "What did the young person say and do as they arrived?"}}}},
    {RecordSection::PresentationDeparture, "The child at departure",
     {{{"record.prompt.presentation_departure.baby", "How was the baby when handed back: settled, crying, asleep?"},
       {"record.prompt.presentation_departure.primary", "What did the child say and do when it was time to go?"},
       {"record.prompt.presentation_departure.teenager", "What did the young person say and do as they left?"}}}},
    {RecordSection::Interaction, "Quality of interaction",
     {{{"record.prompt.interaction.baby", "Holding, eye contact, soothing, feeding, nappy changes: who did what, and how the baby responded."},
       {"record.prompt.interaction.primary", "Play, praise, boundaries, affection: what the parent did and how the child responded."},
       {"record.prompt.interaction.teenager", "Conversation, interest shown, respect for the young person's views: what was said and done."}}}},
    {RecordSection::ChildVoice, "The child's voice",
     {{{"record.prompt.child_voice.baby", "Sounds, smiles, crying, reaching out or turning away: what the baby showed."},
       {"record.prompt.child_voice.primary", "What the child said, in their own words, and what they showed."},
       {"record.prompt.child_voice.teenager", "What the young person said about contact, in their own words."}}}},
    {RecordSection::ParentingGuidance, "Guidance given to the parent",
     {{{"record.prompt.parenting_guidance.baby", "Guidance on feeding, holding, safe handling, routines; how the parent took it."},
       {"record.prompt.parenting_guidance.primary", "Guidance on play, boundaries, topics; what the parent did with it."},
       {"record.prompt.parenting_guidance.teenager", "Guidance on conversation and boundaries; what the parent did with it."}}}},
    {RecordSection::Activities, "Activities",
     {{{"record.prompt.activities.baby", "Feeding, play mat, songs, books: what was done."},
       {"record.prompt.activities.primary", "Games, drawing, books, snacks: what was done and who chose it."},
       {"record.prompt.activities.teenager", "What they did together and who chose it."}}}},
    {RecordSection::Concerns, "Concerns",
     {{{"record.prompt.concerns.baby", "Anything that worried you, exactly as seen and heard. If none, say so."},
       {"record.prompt.concerns.primary", "Anything that worried you, exactly as seen and heard. If none, say so."},
       {"record.prompt.concerns.teenager", "Anything that worried you, exactly as seen and heard. If none, say so."}}}},
    {RecordSection::Analysis, "Worker's analysis",
     {{{"record.prompt.analysis.baby", "What went well, what was difficult, and what could help next time, based on what is recorded above."},
       {"record.prompt.analysis.primary", "What went well, what was difficult, and what could help next time, based on what is recorded above."},
       {"record.prompt.analysis.teenager", "What went well, what was difficult, and what could help next time, based on what is recorded above."}}}},
}};

const SectionText& section_text(RecordSection section) {
    for (const auto& row : kSections) {
        if (row.section == section) return row;
    }
    return kSections[0];
}

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}
}  // namespace

std::string_view to_string(AgeBand band) { return kBandNames.name(band); }

AgeBand age_band_for_years(int years) {
    if (years < 2) return AgeBand::Baby;
    if (years <= 12) return AgeBand::Primary;
    return AgeBand::Teenager;
}

AgeBand age_band(const std::string& date_of_birth, const std::string& on_date) {
    return age_band_for_years(age_in_years(date_of_birth, on_date));
}

std::span<const RecordSection> required_sections() { return kRequired; }

std::vector<RecordSection> missing_sections(const ObservationRecord& record) {
    std::vector<RecordSection> missing;
    for (RecordSection wanted : kRequired) {
        const auto found = std::find_if(record.sections.begin(), record.sections.end(),
                                        [&](const auto& s) { return s.first == wanted; });
        if (found == record.sections.end() || is_blank(found->second)) missing.push_back(wanted);
    }
    return missing;
}

SectionPrompt section_prompt(RecordSection section, AgeBand band) {
    return section_text(section).prompts[static_cast<std::size_t>(band)];
}

std::string_view section_title(RecordSection section) { return section_text(section).title; }

}  // namespace kiosk::core
