// The venue's wire format (issue #13): every kind encodes and decodes to the same entity, passes
// its payload schema as the device writes it, and is refused with the field named when it does not.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "sync/protocol/payload_schema.hpp"
#include "sync/protocol/pull_page.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/record_signature.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "sync/server/feed_import.hpp"
#include "tests/sync/venue_samples.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
using nlohmann::json;

TEST_CASE("every venue kind round-trips through its codec unchanged") {
    const auto samples = venue_samples();
    std::set<std::string_view> kinds;
    for (const auto& entity : samples) {
        const std::string kind{sync::kind_of(entity)};
        CAPTURE(kind);
        kinds.insert(sync::kind_of(entity));
        const json encoded = sync::to_json(entity);
        CHECK(encoded.at("schema") == 2);
        const auto decoded = sync::decode_entity(kind, encoded);
        CHECK(sync::to_json(decoded) == encoded);
        CHECK(sync::entity_uuid(decoded) == sync::entity_uuid(entity));
        // Through a feed page too, as a device reads it.
        const auto page = sync::decode_pull_page(sync::encode_pull_page({sync::encode_change(entity)}, "7", false));
        REQUIRE(page.changes.size() == 1);
        CHECK(sync::to_json(page.changes.front()) == encoded);
    }
    // The samples cover every kind the codec knows.
    CHECK(kinds.size() == sync::venue_kinds().size());
}

TEST_CASE("a payload as the device writes it passes its kind's schema 2, for every pushed kind") {
    for (const auto& entity : venue_samples()) {
        const std::string kind{sync::kind_of(entity)};
        CAPTURE(kind);
        if (kind == "receipt") {
            // Only a hub writes receipts, into a device's feed; no device may push one.
            CHECK_FALSE(sync::check_payload(kind, 2, sync::to_json(entity)).empty());
            continue;
        }
        CHECK(sync::has_payload_schema(kind));
        CHECK(sync::check_payload(kind, 2, sync::to_json(entity)).empty());
    }
}

TEST_CASE("every kind's decoder asks about exactly the fields its encoder writes") {
    // The schema 2 check refuses a field the decoder never asks about; this keeps that list the
    // encoder's, so the check neither widens (a field read but never written) nor refuses what a
    // device writes. The samples leave out the fields the encoder writes only when they are set.
    const std::map<std::string, std::set<std::string>> written_only_when_set{
        {"agreement_version", {"sibling_uuids"}},
        {"booking", {"sibling_uuids"}},
        {"session_moved", {"closed_referral_uuid"}}};
    for (const auto& entity : venue_samples()) {
        const std::string kind{sync::kind_of(entity)};
        CAPTURE(kind);
        const json encoded = sync::to_json(entity);
        std::vector<const char*> names_read;
        (void)sync::decode_entity(kind, encoded, "pulled", names_read);
        std::set<std::string> asked(names_read.begin(), names_read.end());
        asked.insert("schema");
        std::set<std::string> written;
        for (const auto& [key, value] : encoded.items()) written.insert(key);
        if (const auto optional = written_only_when_set.find(kind); optional != written_only_when_set.end()) {
            for (const auto& name : optional->second) {
                CHECK_FALSE(written.count(name));  // else the sample sets it and the list is stale
                written.insert(name);
            }
        }
        CHECK(asked == written);
    }
}

TEST_CASE("a schema 2 payload with a field too many, one too few, a bad UUID or the wrong schema is refused by name") {
    const auto samples = venue_samples();
    const auto booking = std::find_if(samples.begin(), samples.end(),
                                      [](const auto& e) { return sync::kind_of(e) == "booking"; });
    REQUIRE(booking != samples.end());
    const json good = sync::to_json(*booking);
    json extra = good;
    extra["session_id"] = 5;
    CHECK_THAT(sync::check_payload("booking", 2, extra), ContainsSubstring("does not have"));
    json missing = good;
    missing.erase("visit_code");
    CHECK_THAT(sync::check_payload("booking", 2, missing), ContainsSubstring("lacks the field visit_code"));
    json bad_uuid = good;
    bad_uuid["child_uuid"] = "10";
    CHECK_THAT(sync::check_payload("booking", 2, bad_uuid), ContainsSubstring("child_uuid that is not a UUID"));
    json upper = good;
    upper["uuid"] = "7C0E2A4B-1111-4222-8333-944455556666";
    CHECK_THAT(sync::check_payload("booking", 2, upper), ContainsSubstring("uuid that is not a UUID"));
    json other_schema = good;
    other_schema["schema"] = 1;
    CHECK_THAT(sync::check_payload("booking", 2, other_schema), ContainsSubstring("another schema version"));
    CHECK_FALSE(sync::check_payload("booking", 1, good).empty());
    json bad_state = good;
    bad_state["state"] = "teleported";
    CHECK_THAT(sync::check_payload("booking", 2, bad_state), ContainsSubstring("state that is not a known value"));
}

TEST_CASE("a referral's language that is not a code is refused by name where it enters, not on the devices") {
    const auto samples = venue_samples();
    const auto referral = std::find_if(samples.begin(), samples.end(),
                                       [](const auto& e) { return sync::kind_of(e) == "referral"; });
    REQUIRE(referral != samples.end());
    json words = sync::to_json(*referral);
    // Words where a code belongs, longer than the 8 letters a device's column holds.
    words["preferred_language"] = "Polish, with an interpreter";
    CHECK_THROWS_WITH(sync::decode_entity("referral", words), ContainsSubstring("preferred_language"));
    // The upstream's import refuses the feed file, so no venue's pull ever carries it.
    const json file{{"changes", json::array({json{{"kind", "referral"}, {"data", words}}})}};
    CHECK_THROWS_WITH(sync::server::parse_feed_file(file.dump()), ContainsSubstring("preferred_language"));
    json code = words;
    code["preferred_language"] = "pl";
    CHECK_NOTHROW(sync::decode_entity("referral", code));
}

TEST_CASE("a schema 1 record queued before the upgrade is still taken; integer ids are refused at schema 2") {
    const json old_check_in{{"schema", 1},           {"session_id", 4},  {"adult_id", 2},
                            {"party", "family"},     {"at", "2026-11-23T10:05:00Z"},
                            {"agreement_confirmed", true}, {"agreement_version", 1}, {"signed", false}};
    CHECK(sync::check_payload("check_in", 1, old_check_in).empty());
    json as_two = old_check_in;
    as_two["schema"] = 2;
    CHECK_FALSE(sync::check_payload("check_in", 2, as_two).empty());
    CHECK_FALSE(sync::check_payload("booking", 1, as_two).empty());
}

TEST_CASE("an integer-id feed from before issue #13 is a malformed page") {
    const std::string page =
        R"({"changes":[{"kind":"child","data":{"id":10,"first_name":"Zephyrine","date_of_birth":"2019-04-02"}}],)"
        R"("cursor":"1","more":false})";
    CHECK_THROWS_WITH(sync::decode_pull_page(page), ContainsSubstring("lacks the field uuid"));
    CHECK_THROWS_WITH(sync::decode_pull_page(R"({"changes":[{"kind":"horoscope","data":{}}],"cursor":"1","more":false})"),
                      ContainsSubstring("unknown kind"));
}

TEST_CASE("every kind with free text, health data, a surname or a PIN hash is sealed; the rest are not") {
    for (const auto kind : {"staff", "child", "adult", "referral", "risk_assessment", "agreement_version", "booking",
                            "comfort_call_state", "icebreaker_state", "record_draft", "concern",
                            "observation_record", "record_addendum", "feedback", "comfort_call", "icebreaker",
                            "missed_session_notice", "case_flag", "session_cancelled", "session_moved",
                            "referral_closed"}) {
        CAPTURE(kind);
        CHECK(sync::is_sealed_kind(kind));
    }
    // A hand-over names rows and times only: its reason stays on the device that made it.
    for (const auto kind : {"venue", "room", "agreement", "alert_acknowledgement", "placement", "check_in", "alert",
                            "record_review", "record_handover"}) {
        CAPTURE(kind);
        CHECK_FALSE(sync::is_sealed_kind(kind));
    }
}

TEST_CASE("records and snapshots are told apart") {
    CHECK(sync::is_record_kind("check_in"));
    CHECK(sync::is_record_kind("observation_record"));
    CHECK_FALSE(sync::is_record_kind("booking"));
    CHECK_FALSE(sync::is_record_kind("record_draft"));
    CHECK(sync::is_venue_kind("record_draft"));
    CHECK_FALSE(sync::is_venue_kind("addendum"));
    // The coordinator's week actions are records (one kind for the social work team and the hub).
    for (const auto kind : {"record_handover", "session_cancelled", "session_moved", "referral_closed"}) {
        CAPTURE(kind);
        CHECK(sync::is_record_kind(kind));
        CHECK(sync::is_venue_kind(kind));
    }
    CHECK_FALSE(sync::is_record_kind("case_flag"));
}
