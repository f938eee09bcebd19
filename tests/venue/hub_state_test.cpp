// The hub's venue state and change log (issue #13, item 2): each stored message applied once,
// a change sequence number only for a real change, parents before what names them, the hub's
// own allocations and alerts, and receipts addressed to the device they confirm.
#include <catch2/catch_test_macros.hpp>

#include "sync/protocol/venue_entities.hpp"
#include "tests/support/test_store.hpp"
#include "tests/sync/venue_samples.hpp"
#include "tests/venue/in_process_hub.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using nlohmann::json;
namespace r = kiosk::core::replica;

namespace {

template <class T>
T sample() {
    for (const auto& e : venue_samples()) {
        if (std::holds_alternative<T>(e)) return std::get<T>(e);
    }
    throw std::logic_error("no sample of that kind");
}

// The venue's people and one session, parents first.
std::vector<r::Entity> one_session() {
    return {sample<r::Venue>(),  sample<r::Room>(),      sample<r::Staff>(),
            sample<r::Child>(),  sample<r::Adult>(),     sample<r::Agreement>(),
            sample<r::AgreementVersion>(), sample<r::Booking>()};
}

std::int64_t count_kind(const std::vector<json>& changes, const std::string& kind) {
    return std::count_if(changes.begin(), changes.end(), [&](const json& c) { return c["kind"] == kind; });
}

}  // namespace

TEST_CASE("a stored message is applied once: a retry answered already_stored changes nothing", "[hub]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    h.push(coordinator, one_session(), nullptr, /*apply=*/false);
    CHECK(h.apply() == 8);
    const std::int64_t seq = h.hub.last_seq();
    const auto again = h.push_again(coordinator);
    for (const auto& result : again) CHECK(result.status == sync::RecordStatus::AlreadyStored);
    CHECK(h.apply() == 0);
    CHECK(h.hub.last_seq() == seq);
    // Each message waits for the upstream once, however often it arrived.
    CHECK(h.hub.forward_counts().queued == 8);
}

TEST_CASE("records stored before a crash and never applied are applied by the next hub on that file", "[hub]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    h.push(coordinator, one_session(), nullptr, /*apply=*/false);
    {
        // Another connection, as a restarted process would open.
        sync::server::hub::HubStore after_restart(h.file);
        CHECK(after_restart.apply_pending(h.rules) == 8);
        CHECK(after_restart.apply_pending(h.rules) == 0);
    }
    CHECK(h.apply() == 0);
    CHECK(h.hub.forward_counts().queued == 8);
}

TEST_CASE("a snapshot that changes nothing gets no new sequence number", "[hub]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    h.push(coordinator, one_session());
    const std::int64_t seq = h.hub.last_seq();
    h.push(coordinator, {sample<r::Child>()});  // the same child, a new message
    CHECK(h.hub.last_seq() == seq);
    auto child = sample<r::Child>();
    child.first_name = "Zeph";
    h.push(coordinator, {child});
    CHECK(h.hub.last_seq() == seq + 1);
    // Still forwarded: the upstream gets every message.
    CHECK(h.hub.forward_counts().queued == 10);
}

TEST_CASE("a parent changed after what names it is still sent before it", "[hub][feed]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    const auto tablet = h.device("tablet-1", sync::DeviceRole::Tablet);
    h.push(coordinator, one_session());
    auto child = sample<r::Child>();
    child.needs = "a quiet room";
    h.push(coordinator, {child});  // the child's seq is now after the adult's and the booking's
    const auto changes = h.pull(tablet);
    const auto kinds = kinds_of(changes);
    const auto first = [&](const std::string& kind) { return std::find(kinds.begin(), kinds.end(), kind) - kinds.begin(); };
    CHECK(first("child") < first("adult"));
    CHECK(first("child") < first("booking"));
    CHECK(first("agreement_version") < first("booking"));
    // A device far behind gets each entity's newest snapshot (the child may come twice: once
    // ahead of what names it, once in its own place), never an old one.
    for (const auto& c : changes) {
        if (c["kind"] == "child") CHECK(c["data"]["needs"] == "a quiet room");
    }
    std::string cursor;
    h.pull(tablet, "", &cursor);
    CHECK(h.pull(tablet, cursor).empty());
}

TEST_CASE("a second booking proposing a code already in use gets another, and the hub says why", "[hub][merge]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    h.push(coordinator, one_session());
    auto second = sample<r::Booking>();
    second.uuid = sample_uuid(51);
    second.state = core::SessionState::Booked;
    h.push(coordinator, {second});  // proposes KT4MPX, which session 50 holds
    const auto mine = h.hub.entity("booking", sample_uuid(51));
    REQUIRE(mine);
    CHECK((*mine)["visit_code"] != "KT4MPX");
    CHECK((*h.hub.entity("booking", sample_uuid(50)))["visit_code"] == "KT4MPX");
    // The allocated code stays, whatever the device proposes next.
    h.push(coordinator, {second});
    CHECK((*h.hub.entity("booking", sample_uuid(51)))["visit_code"] == (*mine)["visit_code"]);
}

TEST_CASE("a check-in for a session closed as a no-show raises an alert for a person", "[hub][merge]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    const auto lobby = h.device("lobby-1", sync::DeviceRole::Lobby);
    const auto tablet = h.device("tablet-1", sync::DeviceRole::Tablet);
    auto session = one_session();
    std::get<r::Booking>(session.back()).state = core::SessionState::NoShow;
    h.push(coordinator, session);
    h.push(lobby, {sample<r::CheckIn>()});
    const auto changes = h.pull(tablet);
    REQUIRE(count_kind(changes, "alert") == 1);
    for (const auto& c : changes) {
        if (c["kind"] == "alert") CHECK(c["data"]["kind"] == "arrival_after_close");
        if (c["kind"] == "booking") CHECK(c["data"]["state"] == "no_show");
    }
    // The same check-in again (another message): one per session and adult, so no new alert.
    h.push(lobby, {sample<r::CheckIn>()});
    CHECK(count_kind(h.pull(tablet), "alert") == 1);
}

TEST_CASE("the first acknowledgement of an alert to reach the hub wins", "[hub][merge]") {
    InProcessHub h;
    const auto a = h.device("tablet-1", sync::DeviceRole::Tablet);
    const auto b = h.device("tablet-2", sync::DeviceRole::Tablet);
    auto first = sample<r::AlertAcknowledgement>();
    auto second = first;
    second.acknowledged_by_uuid = sample_uuid(5);
    h.push(a, {first});
    h.push(b, {second});
    CHECK((*h.hub.entity("alert_acknowledgement", first.alert_uuid))["acknowledged_by_uuid"] == sample_uuid(3));
}

TEST_CASE("receipts go to the device whose messages the upstream confirmed, and once", "[hub][receipt]") {
    InProcessHub h;
    const auto lobby = h.device("lobby-1", sync::DeviceRole::Lobby);
    const auto tablet = h.device("tablet-1", sync::DeviceRole::Tablet);
    std::vector<std::string> lobby_messages;
    std::vector<std::string> tablet_messages;
    h.push(lobby, {sample<r::CheckIn>()}, &lobby_messages);
    h.push(tablet, {sample<r::Concern>()}, &tablet_messages);
    std::vector<sync::RecordResult> answers;
    for (const auto& uuid : lobby_messages) answers.push_back({uuid, sync::RecordStatus::Stored, {}});
    for (const auto& uuid : tablet_messages) answers.push_back({uuid, sync::RecordStatus::AlreadyStored, {}});
    CHECK(h.hub.settle_forwards(answers) == 2);
    CHECK(h.hub.settle_forwards(answers) == 0);  // the same answer again: no second receipt
    const auto to_lobby = h.pull(lobby);
    REQUIRE(count_kind(to_lobby, "receipt") == 1);
    for (const auto& c : to_lobby) {
        if (c["kind"] == "receipt") CHECK(c["data"]["records"] == json(lobby_messages));
    }
    const auto to_tablet = h.pull(tablet);
    REQUIRE(count_kind(to_tablet, "receipt") == 1);
    CHECK(page_text(to_tablet).find(lobby_messages[0]) == std::string::npos);
    CHECK(h.hub.forward_counts().confirmed == 2);
}

TEST_CASE("a draft is written only from the device that owns it, until a coordinator hands it over", "[hub][merge]") {
    InProcessHub h;
    const auto tablet1 = h.device("tablet-1", sync::DeviceRole::Tablet);
    const auto tablet2 = h.device("tablet-2", sync::DeviceRole::Tablet);
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    auto draft = sample<r::RecordDraft>();
    h.push(tablet1, {draft});
    CHECK((*h.hub.entity("record_draft", draft.uuid))["owner_device"] == "tablet-1");
    auto stranger = draft;
    stranger.sections = {{core::RecordSection::Interaction, "Written elsewhere"}};
    h.push(tablet2, {stranger});
    CHECK(h.hub.entity("record_draft", draft.uuid)->dump().find("Written elsewhere") == std::string::npos);
    // Only the owning tablet receives the draft; the coordinator every draft.
    CHECK(count_kind(h.pull(tablet2), "record_draft") == 0);
    CHECK(count_kind(h.pull(tablet1), "record_draft") == 1);
    h.push(coordinator, {sample<r::RecordHandover>()});  // to staff 5
    const auto moved = *h.hub.entity("record_draft", draft.uuid);
    CHECK(moved["holder_uuid"] == sample_uuid(5));
    CHECK(moved["owner_device"] == "");
    CHECK(count_kind(h.pull(tablet2), "record_draft") == 1);  // unclaimed: any tablet may take it up
    auto by_new_holder = draft;
    by_new_holder.holder_uuid = sample_uuid(5);
    by_new_holder.sections = {{core::RecordSection::Interaction, "Taken over"}};
    h.push(tablet2, {by_new_holder});
    CHECK((*h.hub.entity("record_draft", draft.uuid))["owner_device"] == "tablet-2");
}

TEST_CASE("ten failed PINs counted at the hub lock the account in every device's feed", "[hub][sign-in]") {
    InProcessHub h;
    const auto coordinator = h.device("pc-1", sync::DeviceRole::Coordinator);
    const auto other_tablet = h.device("tablet-2", sync::DeviceRole::Tablet);
    auto staff = sample<r::Staff>();
    staff.counters.reset();
    h.push(coordinator, {staff});
    CHECK_FALSE(h.hub.sign_in(sample_uuid(99), false, kDemoNow));  // no such account
    core::Timestamp at = kDemoNow;
    for (int i = 0; i < 10; ++i) {
        // Each try after the slow-down the policy asks for (the device waits it out).
        at += std::chrono::seconds{61};
        const auto result = h.hub.sign_in(staff.uuid, /*pin_was_right=*/false, at);
        REQUIRE(result);
        CHECK(result->answer.accepted);
        CHECK(result->changed);
    }
    // Locked: even the right PIN is not accepted until the lock ends.
    const auto right = h.hub.sign_in(staff.uuid, true, at + std::chrono::minutes{1});
    REQUIRE(right);
    CHECK_FALSE(right->answer.accepted);
    CHECK(right->answer.gate.gate == core::SignInGate::Locked);
    // The other tablet learns it from its feed: the account's counters changed.
    bool locked = false;
    for (const auto& c : h.pull(other_tablet)) {
        if (c["kind"] == "staff" && c["data"].contains("locked_until")) {
            locked = c["data"]["locked_until"].get<std::string>() > core::to_iso8601(at);
        }
    }
    CHECK(locked);
    // A tablet's own snapshot with fewer failures cannot undo the lock (counters merge by max).
    h.push(other_tablet, {staff});
    CHECK((*h.hub.entity("staff", staff.uuid))["locked_until"].get<std::string>() > core::to_iso8601(at));
}
