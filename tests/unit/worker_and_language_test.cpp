// Scheduling prefers the worker a child had before (issue #16, item 5); the family's language
// picks the lobby's (item 10).
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/language_needs.hpp"
#include "kiosk/core/worker_choice.hpp"

using namespace kiosk::core;
using namespace std::chrono_literals;

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

TEST_CASE("the family's language needs are the newest referral's that says anything (the hub's rule)") {
    const Timestamp t = from_unix(1'800'000'000);
    using R = ReferralLanguageNeeds;
    struct Row {
        std::vector<R> referrals;
        LanguageNeeds expected;
        const char* why;
    };
    const std::vector<Row> table{
        {{}, {"", false}, "no referral"},
        {{R{t, {"", false}}}, {"", false}, "one that says nothing"},
        {{R{t, {"pl", true}}}, {"pl", true}, "one"},
        {{R{t, {"pl", true}}, R{t + 24h, {"", false}}}, {"pl", true}, "a later one that does not say keeps the earlier"},
        {{R{t + 24h, {"es", false}}, R{t, {"pl", true}}}, {"es", false}, "the newest by received_at, not by order"},
        {{R{t, {"pl", false}}, R{t, {"es", false}}}, {"es", false}, "the same time: the later in the list"},
        {{R{t, {"", true}}}, {"", true}, "an interpreter without a language"},
    };
    for (const auto& row : table) {
        INFO(row.why);
        const LanguageNeeds got = family_language_needs(row.referrals);
        CHECK(got.preferred == row.expected.preferred);
        CHECK(got.interpreter_needed == row.expected.interpreter_needed);
    }
}

TEST_CASE("a language code on the wire is '' or 2 to 8 lower-case letters") {
    for (const char* good : {"", "pl", "es", "haw", "zhhans"}) CHECK(is_language_code(good));
    for (const char* bad : {"p", "PL", "pl-PL", "Polish language", "p1", "abcdefghi"}) CHECK_FALSE(is_language_code(bad));
}
