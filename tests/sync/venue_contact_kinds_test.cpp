// Issue #16 in the venue: a booking's siblings and a version's arrangement travel by UUID and
// come back as they went; a lobby is sent the siblings' UUIDs and windows (for their ages) but
// never who brought them; a booking read from the store and applied on another device keeps its
// siblings' arrivals.
#include <catch2/catch_test_macros.hpp>

#include <nlohmann/json.hpp>

#include "sync/protocol/venue_entities.hpp"
#include "sync/server/feed_scope.hpp"

using namespace kiosk;
namespace r = kiosk::core::replica;
using namespace std::chrono_literals;

namespace {
r::Booking sibling_booking() {
    const core::Timestamp t = core::from_unix(1'800'000'000);
    r::Booking b;
    b.uuid = "5e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
    b.agreement_version_uuid = "6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
    b.child_uuid = "7e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
    b.room_uuid = "8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
    b.starts_at = t;
    b.visit_code = "MQ4HTK";
    b.arrival_windows = {{core::Party::Family, t - 10min, t, 1}};
    b.sibling_uuids = {"9e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b"};
    b.sibling_carer_windows = {{core::Party::Carer, t - 40min, t - 20min, 3}};
    b.sibling_arrived_at = {t - 25min};
    b.sibling_brought_by = std::vector<std::string>{"Bronwen Atterbury, her carer"};
    return b;
}
}  // namespace

TEST_CASE("a booking's siblings travel by UUID and come back as they went") {
    const r::Booking sent = sibling_booking();
    const auto doc = nlohmann::json::parse(sync::encode_entity(r::Entity{sent}));
    CHECK(doc.at("sibling_uuids").size() == 1);  // top level: the hub sends the child first
    const auto back = std::get<r::Booking>(sync::decode_entity("booking", doc));
    CHECK(back.sibling_uuids == sent.sibling_uuids);
    REQUIRE(back.sibling_carer_windows.size() == 1);
    CHECK(back.sibling_carer_windows[0].arrive_from == sent.sibling_carer_windows[0].arrive_from);
    CHECK(back.sibling_carer_windows[0].leave_order == 3);
    CHECK(back.sibling_arrived_at == sent.sibling_arrived_at);
    CHECK(back.sibling_brought_by == sent.sibling_brought_by);

    // A window for each sibling, no more than five siblings: anything else is malformed.
    auto broken = doc;
    broken["sibling_uuids"].push_back("ae1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b");
    CHECK_THROWS(sync::decode_entity("booking", broken));
}

TEST_CASE("a lobby is sent the siblings and their carers' windows, never who brought them") {
    const nlohmann::json change{{"kind", "booking"}, {"data", sync::to_json(r::Entity{sibling_booking()})}};
    const auto lobby = nlohmann::json::parse(sync::server::feed_scope(sync::DeviceRole::Lobby).filter(change.dump()));
    CHECK(lobby.at("data").contains("sibling_uuids"));
    CHECK(lobby.at("data").contains("sibling_carer_windows"));
    CHECK_FALSE(lobby.at("data").contains("sibling_brought_by"));
    CHECK(lobby.dump().find("Atterbury") == std::string::npos);
    // It still decodes on the lobby (the words are optional).
    CHECK(std::get<r::Booking>(sync::decode_entity("booking", lobby.at("data"))).sibling_uuids.size() == 1);
    const auto tablet = nlohmann::json::parse(sync::server::feed_scope(sync::DeviceRole::Tablet).filter(change.dump()));
    CHECK(tablet.at("data").contains("sibling_brought_by"));
}

TEST_CASE("a version's arrangement travels whole, and an older sender's version is at the venue") {
    r::AgreementVersion v;
    v.uuid = "6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
    v.agreement_uuid = "3e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";
    v.effective_from = core::from_unix(1'800'000'000);
    v.frequency = "weekly";
    v.review_date = "2027-02-01";
    v.arrangement = core::ContactArrangement{core::ContactMode::Community, "", core::CallStarter::Worker,
                                             "Riverside Park", core::SupervisedBy::ConsistentAdult, "Rosa"};
    v.sibling_uuids = {"9e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b"};
    v.sibling_carer_plans = {{core::Party::Carer, 40, 20, 3}};
    auto doc = sync::to_json(r::Entity{v});
    const auto back = std::get<r::AgreementVersion>(sync::decode_entity("agreement_version", doc));
    REQUIRE(back.arrangement);
    CHECK(back.arrangement->community_place == "Riverside Park");
    CHECK(back.arrangement->supervisor_name == "Rosa");
    CHECK(back.sibling_carer_plans.size() == 1);
    doc["call_platform"] = "carrier pigeon";
    CHECK_THROWS(sync::decode_entity("agreement_version", doc));
    for (const char* field : {"contact_mode", "call_platform", "call_started_by", "community_place", "supervised_by",
                              "supervisor_name", "sibling_uuids", "sibling_carer_plans"}) {
        doc.erase(field);
    }
    CHECK_FALSE(std::get<r::AgreementVersion>(sync::decode_entity("agreement_version", doc)).arrangement);
}
