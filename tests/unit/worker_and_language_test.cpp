// Scheduling prefers the worker a child had before (issue #16, item 5); the family's language
// picks the lobby's (item 10).
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/language_needs.hpp"
#include "kiosk/core/worker_choice.hpp"

using namespace kiosk::core;

TEST_CASE("the worker a child had before is preferred when they can take the sessions") {
    using S = SessionState;
    const auto day = [](int n) { return from_unix(1'800'000'000 + n * 86'400); };
    struct Row {
        const char* why;
        std::vector<PastSession> history;
        std::vector<Id> available;
        Id expected;
    };
    const std::vector<Row> table{
        {"no history: the coordinator chooses", {}, {1, 2, 3}, 0},
        {"the most recent worker", {{1, day(1), S::Ended}, {2, day(8), S::Ended}}, {1, 2}, 2},
        {"given in any order", {{2, day(8), S::Ended}, {1, day(1), S::Ended}}, {1, 2}, 2},
        {"the most recent is busy or gone: the one before",
         {{1, day(1), S::Ended}, {2, day(8), S::Ended}}, {1, 3}, 1},
        {"a cancelled session's worker was never met",
         {{1, day(1), S::Ended}, {2, day(8), S::Cancelled}}, {1, 2}, 1},
        {"nor a no-show's", {{1, day(1), S::EndedEarly}, {2, day(8), S::NoShow}}, {1, 2}, 1},
        {"nor a session still to come", {{1, day(1), S::Ended}, {2, day(8), S::Booked}}, {1, 2}, 1},
        {"a session with no worker allocated", {{0, day(8), S::Ended}, {3, day(1), S::Ended}}, {3}, 3},
        {"a child met today counts", {{1, day(1), S::Ended}, {2, day(8), S::InProgress}}, {1, 2}, 2},
        {"nobody they met can", {{1, day(1), S::Ended}}, {2, 3}, 0},
    };
    for (const auto& row : table) {
        INFO(row.why);
        CHECK(preferred_worker(row.history, row.available) == row.expected);
    }
}

TEST_CASE("the lobby goes on in the family's language when it has it and nobody picked one") {
    const std::vector<std::string> offered{"en", "es", "pl"};
    struct Row {
        LanguageNeeds needs;
        std::string current;
        bool picked;
        std::string expected;
    };
    const std::vector<Row> table{
        {{"es", false}, "en", false, "es"},
        {{"pl", true}, "en", false, "pl"},
        {{"es", false}, "pl", true, "pl"},   // the person chose Polish themselves: it stays
        {{"ur", true}, "en", false, "en"},   // Urdu is not on this lobby: staff see the interpreter need
        {{"", false}, "es", false, "es"},    // nothing recorded
        {{"en", false}, "es", false, "en"},
    };
    for (const auto& row : table) {
        INFO(row.needs.preferred << " from " << row.current);
        CHECK(lobby_language_for(row.needs, offered, row.current, row.picked) == row.expected);
    }
}

TEST_CASE("a referral names a language from the known list") {
    CHECK(is_known_language("es"));
    CHECK(is_known_language("ur"));
    CHECK_FALSE(is_known_language("Spanish"));
    CHECK_FALSE(is_known_language(""));
    CHECK(known_languages().front() == "en");
}
