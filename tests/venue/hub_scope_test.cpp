// What each role receives from the hub (issue #13, item 2; docs/sync-api.md, "What each device
// receives"): every entity of a venue, each field that a role must not see holding a canary
// word, pushed by the coordinator; the lobby's and the tablet's pages are searched for them.
#include <catch2/catch_test_macros.hpp>

#include <set>

#include "sync/protocol/venue_entities.hpp"
#include "tests/sync/venue_samples.hpp"
#include "tests/venue/in_process_hub.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using nlohmann::json;
namespace r = kiosk::core::replica;

namespace {

// The samples with a canary in every field a lobby must not receive; those a tablet must not
// receive either start with "Tabletcanary".
std::vector<r::Entity> canary_venue() {
    std::vector<r::Entity> out;
    for (auto e : venue_samples()) {
        if (std::holds_alternative<r::Receipt>(e)) continue;  // the hub's own, never pushed
        std::visit(
            [](auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, r::Child>) {
                    x.restricted_surname = "Tabletcanarysurname";
                    x.restricted_school = "Tabletcanaryschool";
                    x.medical = "Lobbycanarymedical";
                    x.allergies = "Lobbycanaryallergy";
                    x.needs = "Lobbycanaryneeds";
                    // Says nothing of the language: the hub derives it from the referral below.
                    x.preferred_language = std::nullopt;
                    x.interpreter_needed = std::nullopt;
                } else if constexpr (std::is_same_v<T, r::Adult>) {
                    x.surname = "Lobbycanaryadultsurname";
                } else if constexpr (std::is_same_v<T, r::Staff>) {
                    x.pin_hash = "$argon2id$Lobbycanarypin";
                } else if constexpr (std::is_same_v<T, r::Referral>) {
                    x.social_worker = "Tabletcanarysocialworker";
                    x.social_worker_notes = "Tabletcanarynotes";
                } else if constexpr (std::is_same_v<T, r::RiskAssessment>) {
                    x.contact_history = "Tabletcanaryrisk";
                } else if constexpr (std::is_same_v<T, r::Concern>) {
                    x.text = "Tabletcanaryconcernwords";
                } else if constexpr (std::is_same_v<T, r::Alert>) {
                    x.detail = "Lobbycanaryalert";
                } else if constexpr (std::is_same_v<T, r::Booking>) {
                    x.brought_by = "Lobbycanarybroughtby";
                } else if constexpr (std::is_same_v<T, r::ComfortCallState>) {
                    x.child_wants_to_say = "Tabletcanarycall";
                    x.urgent_needs = "Lobbycanarychecklist";
                } else if constexpr (std::is_same_v<T, r::Feedback>) {
                    x.comment = "Tabletcanaryfeedback";
                } else if constexpr (std::is_same_v<T, r::MissedSessionNotice>) {
                    x.reason = "Tabletcanarymissed";
                } else if constexpr (std::is_same_v<T, r::CaseFlag>) {
                    x.kind = "Tabletcanaryflag";
                } else if constexpr (std::is_same_v<T, r::ComfortCallRecord>) {
                    x.call.how_it_went = "Tabletcanaryheldcall";
                } else if constexpr (std::is_same_v<T, r::FinalRecord>) {
                    x.sections = {{core::RecordSection::Interaction, "Lobbycanaryrecord"}};
                } else if constexpr (std::is_same_v<T, r::LifeStoryNote>) {  // issue #16, item 4
                    x.words = "Tabletcanarylifestory";
                    x.consent_from = "Tabletcanaryconsent";
                } else if constexpr (std::is_same_v<T, r::LetterboxArrangement>) {  // issue #16, item 3
                    x.with_whom = "Lobbycanarywritesto";
                } else if constexpr (std::is_same_v<T, r::LetterboxItem>) {
                    // Tablets check letterbox items too (schema v24); the lobby never sees one.
                    x.from_whom = "Lobbycanarysender";
                    x.description = "Lobbycanaryletter";
                    x.reason = x.decision == core::LetterboxDecision::Waiting ? "" : "Lobbycanaryheldletter";
                }
            },
            e);
        out.push_back(e);
    }
    return out;
}

std::set<std::string> kind_set(const std::vector<json>& changes) {
    std::set<std::string> out;
    for (const auto& c : changes) out.insert(c["kind"].get<std::string>());
    return out;
}

// The (one) child of a page, as the device receives it.
json child_in(const std::vector<json>& changes) {
    for (const auto& c : changes) {
        if (c["kind"] == "child") return c["data"];
    }
    return json::object();
}

}  // namespace

TEST_CASE("the lobby's pull from the hub holds nothing restricted, medical, noted or recorded", "[hub][privacy]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    const auto lobby = h.device("lobby-1", sync::DeviceRole::Lobby);
    h.push(coordinator, canary_venue());
    const auto changes = h.pull(lobby);
    const std::string text = page_text(changes);
    CHECK(text.find("anary") == std::string::npos);
    CHECK(kind_set(changes) == std::set<std::string>{"venue", "room", "staff", "child", "adult", "agreement",
                                                     "agreement_version", "booking", "check_in"});
    // Issue #16: no call event and no letterbox item, waiting or decided, nor what it came under.
    for (const char* never : {"call_event", "letterbox_item", "letterbox_arrangement", "life_story_note"}) {
        CHECK(kind_set(changes).count(never) == 0);
    }
    // What the lobby does need is there: a first name, the visit code, who is in.
    CHECK(text.find("Zephyrine") != std::string::npos);
    CHECK(text.find("KT4MPX") != std::string::npos);
    // Issue #16, item 10: the family's language, which the hub derived from the referral (the
    // lobby gets no referral), to start the lobby in; nothing else of the referral, not even
    // whether an interpreter is needed.
    const json child = child_in(changes);
    CHECK(child.value("preferred_language", "") == "pl");
    CHECK_FALSE(child.contains("interpreter_needed"));
    CHECK(text.find("interpreter") == std::string::npos);
    CHECK(text.find("A. Social Worker") == std::string::npos);
}

TEST_CASE("a tablet's pull holds the board's care needs but nothing restricted, referred or worded", "[hub][privacy]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    const auto tablet = h.device("tablet-1", sync::DeviceRole::Tablet);
    h.push(coordinator, canary_venue());
    const auto changes = h.pull(tablet);
    const std::string text = page_text(changes);
    CHECK(text.find("Tabletcanary") == std::string::npos);
    CHECK(text.find("Lobbycanarymedical") != std::string::npos);
    CHECK(text.find("Lobbycanarychecklist") != std::string::npos);
    // The board's language line: the language and the interpreter, derived from the referral.
    const json child = child_in(changes);
    CHECK(child.value("preferred_language", "") == "pl");
    CHECK(child.value("interpreter_needed", false));
    const auto kinds = kind_set(changes);
    for (const char* never : {"referral", "risk_assessment", "feedback", "case_flag", "comfort_call", "icebreaker",
                              "missed_session_notice", "life_story_note"}) {
        CHECK(kinds.count(never) == 0);
    }
    // Issue #16: a session's call events, and letterbox items (waiting and decided) with their
    // arrangements, so that any worker can check an item.
    for (const char* kind : {"call_event", "letterbox_item", "letterbox_arrangement"}) CHECK(kinds.count(kind) == 1);
    CHECK(text.find("Lobbycanaryletter") != std::string::npos);
    CHECK(kinds.count("concern") == 1);  // that a concern was raised: severity and time, no words
    // The coordinator's own final record and draft are not this tablet's.
    CHECK(kinds.count("observation_record") == 0);
    CHECK(kinds.count("record_draft") == 0);
}

TEST_CASE("a coordinator receives every kind of its venue, words and all (the control)", "[hub][privacy]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    h.push(coordinator, canary_venue());
    const auto changes = h.pull(coordinator);
    const std::string text = page_text(changes);
    for (const char* word : {"Tabletcanarysurname", "Tabletcanaryconcernwords", "Tabletcanaryrisk", "Lobbycanaryrecord",
                             "Tabletcanaryheldcall", "Tabletcanarymissed", "Tabletcanarylifestory", "Lobbycanarywritesto",
                             "Lobbycanaryletter", "Lobbycanaryheldletter"}) {
        CHECK(text.find(word) != std::string::npos);
    }
}
