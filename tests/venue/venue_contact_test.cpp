// Issue #16 in the venue of issue #13, with the upstream and the hub as real processes and every
// device's own sync worker running: a video call's events recorded on one tablet are on the other
// tablet and the coordinator's PC (never the lobby) and reach the social work team once; a letter
// logged on the PC waits on both tablets, two workers decide it at once and the first decision the
// hub accepted stands everywhere, the second worker's device says so; the letter, a life-story
// note and the call's events each arrive upstream exactly once, sealed and signed by the hub.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <sqlite3.h>

#include "kiosk/app/coordinator/letterbox_service.hpp"
#include "kiosk/app/staff/life_story_service.hpp"
#include "kiosk/app/staff/session_control_service.hpp"
#include "sync/protocol/record_signature.hpp"
#include "tests/venue/venue_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using Catch::Matchers::ContainsSubstring;
using namespace std::chrono_literals;

namespace {

std::string text_of(VenueDevice& device, const std::string& sql) {
    auto q = device.db().cached(sql);
    return q.step() ? q.text(0) : std::string{};
}

// The upstream's own database, read as its operator would: how many stored records of `kind` carry
// the entity `uuid` (the payload's, not the message's), and one of their payloads.
struct UpstreamRecords {
    std::int64_t count = 0;
    std::string payload;
    std::string device_id;
};

UpstreamRecords upstream_records(Venue& v, const std::string& kind, const std::string& uuid) {
    sqlite3* db = nullptr;
    UpstreamRecords out;
    if (sqlite3_open_v2(v.servers.upstream->db().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT payload, device_id FROM records WHERE kind = ? AND json_extract(payload, '$.uuid') = ?",
                           -1, &s, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(s, 1, kind.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(s, 2, uuid.c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(s) == SQLITE_ROW) {
            ++out.count;
            out.payload = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
            out.device_id = reinterpret_cast<const char*>(sqlite3_column_text(s, 1));
        }
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return out;
}

std::vector<std::string> uuids_of(VenueDevice& device, const std::string& sql) {
    std::vector<std::string> out;
    auto q = device.db().cached(sql);
    while (q.step()) out.push_back(q.text(0));
    return out;
}

std::string quoted_list(const std::vector<std::string>& uuids) {
    std::string out;
    for (const auto& u : uuids) out += (out.empty() ? "'" : ",'") + u + "'";
    return out;
}

// Jo's first session today on this device.
core::Id jos_first_session(VenueDevice& device) {
    return device.scalar("SELECT s.id FROM sessions s JOIN staff w ON w.id = s.worker_id WHERE w.display_name = 'Jo' "
                         "ORDER BY s.starts_at LIMIT 1");
}

}  // namespace

TEST_CASE("venue (h): a call's events on one tablet are on the other tablet and the PC, never the lobby, and upstream once",
          "[venue][contact]") {
    Venue v;
    auto other_tablet = v.another_tablet("tablet-2");
    VenueDevice& tablet = *v.tablet;
    VenueDevice& pc = *v.pc;
    VenueDevice& lobby = *v.lobby;
    const core::Id session = jos_first_session(tablet);
    REQUIRE(session != 0);
    const std::string session_uuid = text_of(tablet, "SELECT uuid FROM sessions WHERE id = " + std::to_string(session));
    const core::Id jo = tablet.staff_id("Jo");
    REQUIRE(jo != 0);

    // Jo runs the call: the carer and the child join, Mum joins, her connection drops, she is back.
    app::SessionControlService control(tablet.db(), v.clock);
    control.call_event(session, jo, core::CallParty::Carer, core::CallEventKind::Joined);
    control.call_event(session, jo, core::CallParty::Child, core::CallEventKind::Joined);
    control.call_event(session, jo, core::CallParty::Family, core::CallEventKind::Joined);
    v.clock.advance(7min);
    control.call_event(session, jo, core::CallParty::Family, core::CallEventKind::Dropped);
    v.clock.advance(1min);
    control.call_event(session, jo, core::CallParty::Family, core::CallEventKind::Joined);
    const auto events = uuids_of(tablet, "SELECT uuid FROM call_events ORDER BY at, id");
    REQUIRE(events.size() == 5);
    const std::string these = "SELECT count(*) FROM call_events WHERE uuid IN (" + quoted_list(events) + ")";

    // The other tablet and the PC hold all five, the drop with its time and who recorded it.
    REQUIRE(other_tablet->until([&] { return other_tablet->scalar(these) == 5; }));
    CHECK(tablet.scalar("SELECT count(*) FROM replication_journal WHERE refused <> ''") == 0);
    REQUIRE(pc.until([&] { return pc.scalar(these) == 5; }));
    CHECK(pc.scalar("SELECT count(*) FROM call_events e JOIN sessions s ON s.id = e.session_id "
                    "JOIN staff w ON w.id = e.recorded_by WHERE s.uuid = '" + session_uuid +
                    "' AND e.party = 'family' AND e.event = 'dropped' AND w.display_name = 'Jo'") == 1);
    // The lobby has the session's day (Mum's joining moved it on) but none of the call's events.
    REQUIRE(lobby.until([&] {
        return lobby.scalar("SELECT count(*) FROM sessions WHERE uuid = '" + session_uuid + "' AND state <> 'booked'") == 1;
    }));
    CHECK(lobby.scalar("SELECT count(*) FROM call_events") == 0);

    // Upstream: each event once, as the hub forwarded it (signed with its key; a call event has no
    // words, so it is not sealed), whatever the devices' later syncs send.
    CHECK_FALSE(sync::is_sealed_kind("call_event"));
    REQUIRE(eventually([&] {
        for (const auto& uuid : events) {
            if (upstream_records(v, "call_event", uuid).count != 1) return false;
        }
        return true;
    }));
    const auto drop = upstream_records(v, "call_event", events[3]);
    CHECK_THAT(drop.payload, ContainsSubstring("\"event\":\"dropped\""));
    CHECK_THAT(drop.payload, ContainsSubstring(session_uuid));
    const auto before = pc.worker().full_syncs_finished();
    pc.worker().request_full_sync();
    REQUIRE(pc.until([&] { return pc.worker().full_syncs_finished() > before; }));
    for (const auto& uuid : events) CHECK(upstream_records(v, "call_event", uuid).count == 1);
}

TEST_CASE("venue (i): two workers decide one letter at once; the first decision the hub accepted stands everywhere, "
          "and it, a life-story note, reach upstream once, sealed",
          "[venue][contact]") {
    Venue v;
    auto other_tablet = v.another_tablet("tablet-2");
    VenueDevice& tablet = *v.tablet;
    VenueDevice& pc = *v.pc;
    VenueDevice& lobby = *v.lobby;

    // The coordinator logs a card that came for a child; it waits for a worker's check.
    const core::Id alex = pc.staff_id("Alex");
    const core::Id child = pc.scalar("SELECT child_id FROM agreements ORDER BY id LIMIT 1");
    REQUIRE(child != 0);
    const app::CoordinatorContext on_pc{pc.db(), v.clock, "Europe/London", alex};
    core::LetterboxItem card;
    card.child_id = child;
    card.kind = core::LetterboxItemKind::Card;
    card.from_whom = "Grandma Wren";
    card.description = "A card with a pressed flower and two pages of news";
    card.received_at = v.clock.now() - 1h;
    const auto logged = app::log_letterbox_item(on_pc, card);
    REQUIRE(logged.problems.empty());
    const std::string item = text_of(pc, "SELECT uuid FROM letterbox_items WHERE id = " + std::to_string(logged.id));
    const std::string waiting_there = "SELECT count(*) FROM letterbox_items WHERE uuid = '" + item +
                                       "' AND decision = 'waiting' AND from_whom = 'Grandma Wren'";

    // Both tablets have it to check.
    REQUIRE(tablet.until([&] { return tablet.scalar(waiting_there) == 1; }));
    REQUIRE(other_tablet->until([&] { return other_tablet->scalar(waiting_there) == 1; }));

    // Jo and Sam each check it, with neither tablet reaching the hub: Jo forwards it, Sam holds it.
    tablet.stop_worker();
    other_tablet->stop_worker();
    const auto decide = [&](VenueDevice& device, const std::string& worker, core::LetterboxDecision decision,
                            const std::vector<core::LetterboxCheck>& checks, const std::string& reason) {
        const app::CoordinatorContext ctx{device.db(), v.clock, "Europe/London", device.staff_id(worker)};
        const core::Id id = device.scalar("SELECT id FROM letterbox_items WHERE uuid = '" + item + "'");
        REQUIRE(app::decide_letterbox_item(ctx, id, decision, checks, reason).problems.empty());
    };
    decide(tablet, "Jo", core::LetterboxDecision::Forwarded, core::letterbox_checks(), "");
    v.clock.advance(1min);
    decide(*other_tablet, "Sam", core::LetterboxDecision::Held, {core::LetterboxCheck::NoPromises},
           "It promises a visit at Christmas");

    // During the session Jo also notes the child's words for the life story.
    core::LifeStoryNote note;
    note.kind = core::LifeStoryKind::ChildsWords;
    note.words = "The duck is called Pipkin and he is brave";
    const auto written = app::LifeStoryService(tablet.db(), v.clock)
                             .write_note(jos_first_session(tablet), tablet.staff_id("Jo"), note);
    REQUIRE(written.problems.empty());
    const std::string note_uuid = text_of(tablet, "SELECT uuid FROM life_story_notes");

    // Jo's tablet reaches the hub first: its decision stands.
    tablet.start_worker();
    const std::string forwarded_by_jo = "SELECT count(*) FROM letterbox_items i JOIN staff k ON k.id = i.checked_by "
                                        "WHERE i.uuid = '" + item + "' AND i.decision = 'forwarded' AND "
                                        "k.display_name = 'Jo'";
    REQUIRE(pc.until([&] { return pc.scalar(forwarded_by_jo) == 1; }));
    // Sam's tablet comes back: the hub refuses its decision, and the tablet takes Jo's in its place
    // and says so (its rejected record names why; its audit chain too).
    other_tablet->start_worker();
    REQUIRE(other_tablet->until([&] { return other_tablet->scalar(forwarded_by_jo) == 1; }));
    REQUIRE(other_tablet->until([&] {
        return other_tablet->scalar("SELECT count(*) FROM outbox WHERE kind = 'letterbox_item' AND state = 'rejected' "
                                    "AND last_error LIKE 'another worker decided this letterbox item first%'") == 1;
    }));
    CHECK(other_tablet->scalar("SELECT count(*) FROM audit_log WHERE action = 'letterbox.decision_replaced'") == 1);
    CHECK(other_tablet->scalar("SELECT count(*) FROM letterbox_items WHERE uuid = '" + item + "' AND reason <> ''") == 0);
    CHECK(tablet.scalar(forwarded_by_jo) == 1);
    CHECK(pc.scalar("SELECT count(*) FROM letterbox_items WHERE uuid = '" + item + "' AND decision = 'held'") == 0);
    CHECK(lobby.scalar("SELECT count(*) FROM letterbox_items") == 0);

    // Upstream: the decided letter once (Jo's decision; the waiting copy stayed in the venue) and
    // the note once, both sealed kinds opened there with the upstream's key and sent in the hub's
    // name (an enrolled sender's records must be signed, a sealed kind's sealed, or they are refused).
    CHECK(sync::is_sealed_kind("letterbox_item"));
    CHECK(sync::is_sealed_kind("life_story_note"));
    REQUIRE(eventually([&] {
        return upstream_records(v, "letterbox_item", item).count == 1 &&
               upstream_records(v, "life_story_note", note_uuid).count == 1;
    }));
    const auto letter = upstream_records(v, "letterbox_item", item);
    CHECK_THAT(letter.payload, ContainsSubstring("\"decision\":\"forwarded\""));
    CHECK_THAT(letter.payload, ContainsSubstring("pressed flower"));
    CHECK(letter.device_id != tablet.id);
    const auto kept = upstream_records(v, "life_story_note", note_uuid);
    CHECK_THAT(kept.payload, ContainsSubstring("Pipkin"));
    CHECK(kept.device_id == letter.device_id);  // the hub's
    // Later syncs of every device send neither again.
    for (VenueDevice* device : {&tablet, other_tablet.get(), &pc}) {
        const auto before = device->worker().full_syncs_finished();
        device->worker().request_full_sync();
        REQUIRE(device->until([&] { return device->worker().full_syncs_finished() > before; }));
    }
    CHECK(upstream_records(v, "letterbox_item", item).count == 1);
    CHECK(upstream_records(v, "life_story_note", note_uuid).count == 1);
}
