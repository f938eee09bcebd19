#include <catch2/catch_test_macros.hpp>

#include <array>
#include <string>
#include <vector>

#include "kiosk/core/fact_nudge.hpp"

using namespace kiosk::core;

namespace {
std::vector<std::string> matched(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& m : find_interpretive_phrases(text)) out.emplace_back(text.substr(m.begin, m.end - m.begin));
    return out;
}
}  // namespace

TEST_CASE("interpretive words are found with their byte ranges, whatever their case") {
    const std::string text = "Mum Seemed tired. OBVIOUSLY she was pleased.";
    const auto found = find_interpretive_phrases(text);
    REQUIRE(found.size() == 2);
    CHECK(found[0].begin == 4);
    CHECK(found[0].end == 10);
    CHECK(found[0].phrase == "seemed");
    CHECK(text.substr(found[1].begin, found[1].end - found[1].begin) == "OBVIOUSLY");
}

TEST_CASE("whole words only, and the longer phrase wins") {
    CHECK(matched("The seams of the coat.").empty());
    CHECK(matched("Unseemed").empty());
    CHECK(matched("She appeared to cry") == std::vector<std::string>{"appeared to"});
    CHECK(matched("She appeared\n  to cry") == std::vector<std::string>{"appeared\n  to"});
    CHECK(matched("She appeared at 10:05") == std::vector<std::string>{"appeared"});
    CHECK(matched("It seems, clearly.") == std::vector<std::string>{"seems", "clearly"});
}

TEST_CASE("descriptive writing is left alone, and text beyond ASCII is safe") {
    CHECK(matched("Amelia said \"I want Mummy\" and held her hand for two minutes.").empty());
    CHECK(matched("Zoë sémed") .empty());
    CHECK(matched("café seemed") == std::vector<std::string>{"seemed"});
    CHECK(matched("").empty());
}

TEST_CASE("a venue's own list replaces the default") {
    const std::array<std::string, 2> mine{"Bonded", "i reckon"};
    const auto found = find_interpretive_phrases("They bonded well. I reckon it seemed fine.", mine);
    REQUIRE(found.size() == 2);
    CHECK(found[0].phrase == "Bonded");
    CHECK(found[1].phrase == "i reckon");
}
