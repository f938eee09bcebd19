#pragma once
// Runs a staff action expected to be refused and returns the kind of refusal.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/app/staff_action_error.hpp"

namespace kiosk::testing {

inline app::StaffActionProblem problem_of(auto&& action) {
    try {
        action();
    } catch (const app::StaffActionError& error) {
        return error.problem();
    }
    FAIL("the action was not refused (no StaffActionError)");
    return app::StaffActionProblem::NotFound;
}

}  // namespace kiosk::testing
