#include <catch2/catch_test_macros.hpp>

#include <set>

#include "kiosk/core/record_chips.hpp"
#include "kiosk/core/record_rules.hpp"

using namespace kiosk::core;

namespace {
ObservationRecord complete_record() {
    ObservationRecord r;
    for (RecordSection s : required_sections()) r.sections.emplace_back(s, "Written.");
    return r;
}
}  // namespace

TEST_CASE("age bands: baby under 2, primary 2 to 12, teenager 13 and over") {
    struct Row {
        const char* born;
        AgeBand band;
    };
    for (const Row row : {Row{"2025-11-24", AgeBand::Baby}, Row{"2024-11-24", AgeBand::Baby},
                          Row{"2024-11-23", AgeBand::Primary}, Row{"2013-11-24", AgeBand::Primary},
                          Row{"2013-11-23", AgeBand::Teenager}, Row{"2009-01-01", AgeBand::Teenager}}) {
        INFO(row.born);
        CHECK(age_band(row.born, "2026-11-23") == row.band);
    }
}

TEST_CASE("a complete record misses nothing") { CHECK(missing_sections(complete_record()).empty()); }

TEST_CASE("missing and blank sections are listed in writing order") {
    ObservationRecord r = complete_record();
    r.sections.erase(r.sections.begin());  // attendance
    for (auto& [section, text] : r.sections) {
        if (section == RecordSection::ChildVoice) text = "  \n\t ";
    }
    const auto missing = missing_sections(r);
    REQUIRE(missing.size() == 2);
    CHECK(missing[0] == RecordSection::Attendance);
    CHECK(missing[1] == RecordSection::ChildVoice);
    CHECK(missing_sections(ObservationRecord{}).size() == required_sections().size());
}

TEST_CASE("every section has a title and a prompt for each age band, with a stable key") {
    for (RecordSection s : required_sections()) {
        CHECK_FALSE(section_title(s).empty());
        for (AgeBand band : {AgeBand::Baby, AgeBand::Primary, AgeBand::Teenager}) {
            const auto prompt = section_prompt(s, band);
            INFO(prompt.key);
            CHECK(prompt.key == "record.prompt." + std::string(to_string(s)) + "." + std::string(to_string(band)));
            CHECK_FALSE(prompt.text.empty());
        }
    }
    CHECK(section_prompt(RecordSection::ChildVoice, AgeBand::Baby).text !=
          section_prompt(RecordSection::ChildVoice, AgeBand::Teenager).text);
}

TEST_CASE("quick chips have unique keys and labels, and each age band gets some") {
    std::set<std::string_view> keys;
    for (const auto& chip : quick_chips()) {
        CHECK(keys.insert(chip.key).second);
        CHECK(chip_label(chip.key) == chip.label);
    }
    for (AgeBand band : {AgeBand::Baby, AgeBand::Primary, AgeBand::Teenager}) {
        int fitting = 0;
        for (const auto& chip : quick_chips()) fitting += chip_fits(chip, band) ? 1 : 0;
        CHECK(fitting >= 8);
    }
    for (const char* event : {"child_arrived", "parent_arrived", "parent_through", "session_started", "session_ended",
                              "session_ended_early", "safeguarding_concern"}) {
        CHECK_FALSE(chip_label(event).empty());
    }
    CHECK(chip_label("unknown").empty());
}
