// Issue #16, item 10, at the hub, one rule at a time (in process; the venue tests run the real
// processes): the family's language needs are derived onto the child from the referrals the hub
// holds, for the lobby (the code only) and the tablets (the code and the interpreter).
#include <catch2/catch_test_macros.hpp>

#include "sync/protocol/venue_entities.hpp"
#include "tests/sync/venue_samples.hpp"
#include "tests/venue/in_process_hub.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using nlohmann::json;
using namespace std::chrono_literals;
namespace r = kiosk::core::replica;

namespace {

template <class T>
T sample() {
    for (const auto& e : venue_samples()) {
        if (std::holds_alternative<T>(e)) return std::get<T>(e);
    }
    throw std::logic_error("no sample of that kind");
}

// The child as the hub holds it now (a coordinator receives every field).
json held_child(InProcessHub& h, const sync::server::DeviceIdentity& reader) {
    for (const auto& c : h.pull(reader)) {
        if (c["kind"] == "child") return c["data"];
    }
    return json::object();
}

json change(const r::Entity& e) { return {{"kind", sync::kind_of(e)}, {"data", sync::to_json(e)}}; }

}  // namespace

TEST_CASE("the hub derives the child's language from the referrals it holds, and again when one changes", "[hub][language]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    const auto reader = h.device("pc-9", sync::DeviceRole::Coordinator);
    auto child = sample<r::Child>();
    child.preferred_language = "";  // the PC's copy before any referral said anything
    child.interpreter_needed = false;
    h.push(coordinator, {sample<r::Venue>(), child});
    CHECK(held_child(h, reader).value("preferred_language", "?") == "");

    auto referral = sample<r::Referral>();  // Polish, an interpreter needed
    h.push(coordinator, {referral});
    CHECK(held_child(h, reader).value("preferred_language", "") == "pl");
    CHECK(held_child(h, reader).value("interpreter_needed", false));

    // A stale copy of the child (a device that had not heard yet) does not undo it.
    const std::int64_t seq = h.hub.last_seq();
    h.push(coordinator, {child});
    CHECK(held_child(h, reader).value("preferred_language", "") == "pl");
    CHECK(h.hub.last_seq() == seq);

    // An older referral that says Urdu changes nothing: the newest that says anything decides.
    auto older = referral;
    older.uuid = "7d1f8a2e-3b4c-4d5e-8f60-718293a4b5c6";
    older.received_at = referral.received_at - 24h * 30;
    older.preferred_language = "ur";
    h.push(coordinator, {older});
    CHECK(held_child(h, reader).value("preferred_language", "") == "pl");

    // The referral changes: the child moves on, with a new sequence number every device sees.
    referral.preferred_language = "es";
    referral.interpreter_needed = false;
    const std::int64_t before = h.hub.last_seq();
    h.push(coordinator, {referral});
    CHECK(held_child(h, reader).value("preferred_language", "") == "es");
    CHECK_FALSE(held_child(h, reader).value("interpreter_needed", true));
    CHECK(h.hub.last_seq() == before + 2);  // the referral and the child
    // A lobby gets the code only.
    const auto lobby = h.device("lobby-1", sync::DeviceRole::Lobby);
    for (const auto& c : h.pull(lobby)) {
        if (c["kind"] != "child") continue;
        CHECK(c["data"].value("preferred_language", "") == "es");
        CHECK_FALSE(c["data"].contains("interpreter_needed"));
    }
}

TEST_CASE("the upstream's feed carries the language on the referral only; the hub puts it on the child", "[hub][language]") {
    InProcessHub h;
    const auto reader = h.device("pc-9", sync::DeviceRole::Coordinator);
    auto child = sample<r::Child>();
    child.preferred_language = std::nullopt;  // as the social work team's import file has it
    child.interpreter_needed = std::nullopt;
    auto referral = sample<r::Referral>();
    h.hub.apply_upstream_page({change(sample<r::Venue>()), change(child), change(referral)}, "3", h.rules);
    CHECK(held_child(h, reader).value("preferred_language", "") == "pl");
    CHECK(held_child(h, reader).value("interpreter_needed", false));
    // The child sent again by the upstream (no language of its own) keeps the derived one.
    h.hub.apply_upstream_page({change(child)}, "4", h.rules);
    CHECK(held_child(h, reader).value("preferred_language", "") == "pl");
    // The team clears the language on the referral: so does the child.
    referral.preferred_language = "";
    referral.interpreter_needed = false;
    h.hub.apply_upstream_page({change(referral)}, "5", h.rules);
    CHECK(held_child(h, reader).value("preferred_language", "?") == "");
    CHECK_FALSE(held_child(h, reader).value("interpreter_needed", true));
}
