#include "kiosk/app/coordinator/coordinator_page_text.hpp"

#include "kiosk/app/coordinator/coordinator_text.hpp"
#include "kiosk/store/family_repository.hpp"

namespace kiosk::app {

std::string child_label(const CoordinatorContext& ctx, core::Id child_id, const ui::Translator& text) {
    const auto child = store::FamilyRepository(ctx.db).child(child_id);
    return child ? child_with_age(child->first_name, child->date_of_birth, ctx.clock.now(), ctx.time_zone, text) : "";
}

std::string action_problems_text(const std::vector<core::ActionProblem>& problems, const ui::Translator& text) {
    std::string out;
    for (const auto p : problems) out += (out.empty() ? "" : " ") + std::string(text.tr("coord.action." + std::string(core::to_string(p))));
    return out;
}

}  // namespace kiosk::app
