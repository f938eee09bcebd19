#include "kiosk/core/transition_summary.hpp"

#include <array>
#include <utility>

namespace kiosk::core {

std::string summarize_transition_notes(const TransitionNotes& notes) {
    const std::array<const std::string*, 8> parts{&notes.allergies_and_medicines, &notes.urgent_needs,
                                                  &notes.comfort_item_and_routine, &notes.nap_and_feeding,
                                                  &notes.formula_or_baby_food, &notes.routines,
                                                  &notes.needs, &notes.culture};
    std::string out;
    for (const std::string* part : parts) {
        if (part->empty()) continue;
        if (!out.empty()) out += "; ";
        out += *part;
    }
    return out;
}

}  // namespace kiosk::core
