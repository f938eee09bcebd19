#include "kiosk/core/siblings.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "kiosk/core/agreement_rules.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/enum_names.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<SiblingProblem, 4> kProblems{{{
    {SiblingProblem::SameChild, "same_child"},
    {SiblingProblem::Twice, "twice"},
    {SiblingProblem::TooMany, "too_many"},
    {SiblingProblem::BadArrivalWindow, "bad_arrival_window"},
}}};
constexpr std::array<RecordSection, 3> kPerChild{RecordSection::PresentationArrival,
                                                 RecordSection::PresentationDeparture, RecordSection::ChildVoice};

bool blank(const std::string& text) { return text.find_first_not_of(" \t\n") == std::string::npos; }
}  // namespace

std::string_view to_string(SiblingProblem problem) { return kProblems.name(problem); }

std::vector<SiblingProblem> check_siblings(Id own_child, const std::vector<SiblingPlan>& siblings) {
    std::vector<SiblingProblem> out;
    const auto add = [&](SiblingProblem p) {
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    };
    for (std::size_t i = 0; i < siblings.size(); ++i) {
        const SiblingPlan& s = siblings[i];
        if (s.child_id == own_child) add(SiblingProblem::SameChild);
        for (std::size_t j = 0; j < i; ++j) {
            if (siblings[j].child_id == s.child_id) add(SiblingProblem::Twice);
        }
        // "From" is further before the start than "until": a window that opens before it shuts.
        if (s.carer.arrive_from_minutes_before < s.carer.arrive_until_minutes_before ||
            s.carer.arrive_until_minutes_before < 0 || s.carer.leave_order < 1) {
            add(SiblingProblem::BadArrivalWindow);
        }
    }
    if (static_cast<int>(siblings.size()) + 1 > kMaxChildrenInSession) add(SiblingProblem::TooMany);
    return out;
}

std::vector<SessionSibling> siblings_for(Timestamp starts, const std::vector<SiblingPlan>& plans) {
    std::vector<SessionSibling> out;
    for (const SiblingPlan& plan : plans) {
        const auto windows = arrival_windows_for(starts, {plan.carer});
        SessionSibling s;
        s.child_id = plan.child_id;
        s.position = plan.position;
        if (!windows.empty()) s.carer_window = windows.front();
        s.carer_window.party = Party::Carer;
        out.push_back(s);
    }
    return out;
}

std::vector<int> ages_on(const std::vector<std::string>& dates_of_birth, const std::string& on_date) {
    std::vector<int> ages;
    for (const auto& born : dates_of_birth) ages.push_back(age_in_years(born, on_date));
    return ages;
}

std::span<const RecordSection> per_child_sections() { return kPerChild; }

std::string sibling_section_key(RecordSection section, int position) {
    return std::string{to_string(section)} + "#" + std::to_string(position);
}

std::optional<std::pair<RecordSection, int>> parse_sibling_section_key(std::string_view key) {
    const auto hash = key.find('#');
    if (hash == std::string_view::npos) return std::nullopt;
    const auto section = parse_record_section(key.substr(0, hash));
    if (!section || std::find(kPerChild.begin(), kPerChild.end(), *section) == kPerChild.end()) return std::nullopt;
    const std::string_view digits = key.substr(hash + 1);
    int position = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), position);
    if (error != std::errc{} || end != digits.data() + digits.size() || position < 2 ||
        position > kMaxChildrenInSession) {
        return std::nullopt;
    }
    return std::pair{*section, position};
}

std::vector<std::pair<RecordSection, int>> missing_sibling_sections(const ObservationRecord& record,
                                                                   const std::vector<int>& positions) {
    std::vector<std::pair<RecordSection, int>> missing;
    for (const int position : positions) {
        for (const RecordSection section : kPerChild) {
            const bool written = std::any_of(record.sibling_sections.begin(), record.sibling_sections.end(),
                                             [&](const SiblingSection& s) {
                                                 return s.position == position && s.section == section && !blank(s.text);
                                             });
            if (!written) missing.emplace_back(section, position);
        }
    }
    return missing;
}

}  // namespace kiosk::core
