#include "kiosk/core/placement.hpp"

#include "kiosk/core/contact_arrangement.hpp"

#include <algorithm>
#include <initializer_list>

#include "kiosk/core/enum_names.hpp"
#include "kiosk/core/text.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<TransitionProblem, 5> kNames{{{
    {TransitionProblem::NoConnection, "no_connection"},
    {TransitionProblem::NoPlatform, "no_platform"},
    {TransitionProblem::NoOutcome, "no_outcome"},
    {TransitionProblem::TextProblem, "text_problem"},
    {TransitionProblem::NotesRemoved, "notes_removed"},
}}};

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
}

bool all_text_ok(std::initializer_list<std::string_view> texts) {
    return std::all_of(texts.begin(), texts.end(),
                       [](std::string_view t) { return check_free_text(t) == TextProblem::None; });
}
}  // namespace

std::string_view to_string(TransitionProblem problem) { return kNames.name(problem); }

std::vector<TransitionProblem> check_comfort_call(const ComfortCall& call) {
    std::vector<TransitionProblem> out;
    const auto& p = call.plan;
    if (blank(p.critical_connection)) out.push_back(TransitionProblem::NoConnection);
    if (!is_call_platform(p.platform)) {  // the seeds' platforms, as a virtual session's (issue #16)
        out.push_back(TransitionProblem::NoPlatform);
    }
    if (call.held && blank(call.how_it_went)) out.push_back(TransitionProblem::NoOutcome);
    if (!all_text_ok({p.critical_connection, p.child_wants_to_say, p.family_wants_to_say, p.urgent_needs,
                      p.comfort_item_and_routine, p.allergies_and_medicines, p.formula_or_baby_food,
                      p.nap_and_feeding, call.how_it_went})) {
        out.push_back(TransitionProblem::TextProblem);
    }
    return out;
}

std::vector<TransitionProblem> check_icebreaker(const Icebreaker& m) {
    std::vector<TransitionProblem> out;
    if (m.held && blank(m.routines) && blank(m.needs) && blank(m.culture)) out.push_back(TransitionProblem::NoOutcome);
    if (!all_text_ok({m.routines, m.needs, m.culture})) out.push_back(TransitionProblem::TextProblem);
    return out;
}

}  // namespace kiosk::core
