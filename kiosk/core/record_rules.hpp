#pragma once
// What a contact record needs before it can be finalized, the prompts that fit the child's
// age, and the note on the limits of a record's use that every record carries.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/observation_record.hpp"

namespace kiosk::core {

enum class AgeBand { Baby, Primary, Teenager };  // under 2, 2 to 12, 13 and over
std::string_view to_string(AgeBand band);
AgeBand age_band_for_years(int years);
// The band of a child born on `date_of_birth` ("YYYY-MM-DD") on the day `on_date`.
AgeBand age_band(const std::string& date_of_birth, const std::string& on_date);

// Every section a final record must hold (words other than spaces). A section with nothing
// to report still says so ("No concerns observed."), so a reader knows it was not forgotten.
std::span<const RecordSection> required_sections();
// The required sections that are missing or blank, in writing order. Empty means complete.
std::vector<RecordSection> missing_sections(const ObservationRecord& record);

// A question that helps the worker write a section for a child of this age. `key` is stable
// (for translations: "record.prompt.child_voice.baby"); `text` is the English wording.
struct SectionPrompt {
    std::string_view key;
    std::string_view text;
};
SectionPrompt section_prompt(RecordSection section, AgeBand band);

// The heading a worker sees for a section (English; the key is to_string(section)).
std::string_view section_title(RecordSection section);

// Carried by every record, stored with it when it is finalized and sent with it.
inline constexpr std::string_view kRecordUseNote =
    "This is a factual account of one supervised contact session, written by the contact "
    "worker who was present. It is not an assessment of the family or of parenting capacity "
    "and should be read alongside other records and assessments.";

}  // namespace kiosk::core
