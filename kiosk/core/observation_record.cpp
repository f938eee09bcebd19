#include "kiosk/core/observation_record.hpp"

#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<RecordState, 2> kStateNames{{{
    {RecordState::Draft, "draft"},
    {RecordState::Final, "final"},
}}};

constexpr EnumNames<RecordSection, 10> kSectionNames{{{
    {RecordSection::Attendance, "attendance"},
    {RecordSection::BroughtBy, "brought_by"},
    {RecordSection::PresentationArrival, "presentation_arrival"},
    {RecordSection::PresentationDeparture, "presentation_departure"},
    {RecordSection::Interaction, "interaction"},
    {RecordSection::ChildVoice, "child_voice"},
    {RecordSection::ParentingGuidance, "parenting_guidance"},
    {RecordSection::Activities, "activities"},
    {RecordSection::Concerns, "concerns"},
    {RecordSection::Analysis, "analysis"},
}}};
}  // namespace

std::string_view to_string(RecordState state) { return kStateNames.name(state); }
std::optional<RecordState> parse_record_state(std::string_view text) { return kStateNames.parse(text); }
std::string_view to_string(RecordSection section) { return kSectionNames.name(section); }
std::optional<RecordSection> parse_record_section(std::string_view text) {
    return kSectionNames.parse(text);
}

}  // namespace kiosk::core
