#include "kiosk/app/coordinator/coordinator_sign_in.hpp"

#include "kiosk/store/staff_repository.hpp"

namespace kiosk::app {

std::optional<core::Id> first_active_coordinator(store::Database& db) {
    std::optional<core::Id> found;
    for (const auto& m : store::StaffRepository(db).all()) {
        if (m.active && m.role == core::Role::Coordinator && (!found || m.id < *found)) found = m.id;
    }
    return found;
}

}  // namespace kiosk::app
