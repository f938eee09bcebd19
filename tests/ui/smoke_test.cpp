#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/visit_code.hpp"

TEST_CASE("a typed visit code is normalised") {
    CHECK(kiosk::core::normalize_visit_code("ac d-e3 4") == std::optional<std::string>{"ACDE34"});
}
