#include "kiosk/app/coordinator/staff_service.hpp"

#include <algorithm>
#include <cctype>

#include "kiosk/app/pin_hash.hpp"
#include "kiosk/app/sync/sync_status.hpp"
#include "kiosk/core/text.hpp"
#include "kiosk/store/staff_admin_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {

bool is_acceptable_pin(std::string_view pin) {
    return pin.size() == 6 &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

StaffProblem add_staff_member(const CoordinatorContext& ctx, const std::string& name, core::Role role,
                              std::string_view pin) {
    const bool name_ok = !name.empty() && name.find_first_not_of(' ') != std::string::npos &&
                         core::check_short_text(name, 60) == core::TextProblem::None;
    if (!name_ok) return StaffProblem::BadName;
    if (!is_acceptable_pin(pin)) return StaffProblem::BadPin;
    const std::string hash = hash_pin(pin);  // slow on purpose; done before the write lock is taken
    store::WriteTransaction tx(ctx.db, ctx.actor(), ctx.clock.now());
    store::StaffRepository(ctx.db).add(tx, core::StaffMember{0, name, role, true}, hash);
    tx.commit();
    return StaffProblem::None;
}

StaffProblem reset_staff_pin(const CoordinatorContext& ctx, core::Id staff_id, std::string_view pin) {
    if (!is_acceptable_pin(pin)) return StaffProblem::BadPin;
    const std::string hash = hash_pin(pin);
    store::WriteTransaction tx(ctx.db, ctx.actor(), ctx.clock.now());
    store::StaffAdminRepository(ctx.db).reset_pin(tx, staff_id, hash);
    tx.commit();
    return StaffProblem::None;
}

std::vector<core::ActionProblem> set_staff_active(const CoordinatorContext& ctx, core::Id staff_id, bool active) {
    store::StaffRepository staff(ctx.db);
    const auto member = staff.find(staff_id);
    if (!member) return {core::ActionProblem::CannotWrite};
    if (member->active == active) return {};
    if (!active) {
        int coordinators = 0;
        for (const auto& m : staff.all()) {
            if (m.active && m.role == core::Role::Coordinator) ++coordinators;
        }
        auto problems = core::check_deactivate(*member, ctx.staff_id, coordinators);
        if (!problems.empty()) return problems;
    }
    store::WriteTransaction tx(ctx.db, ctx.actor(), ctx.clock.now());
    store::StaffAdminRepository(ctx.db).set_active(tx, staff_id, active);
    tx.commit();
    return {};
}

DeviceInfo this_device(const CoordinatorContext& ctx) {
    // The same "last sync" as every face's status line: the last full sync that succeeded.
    return DeviceInfo{"This device", last_successful_sync(ctx.db)};
}

}  // namespace kiosk::app
