// Issue #13, tests (c) and (d): a record written and finalized on the tablet is reviewed on the
// coordinator's PC (the hub brought it there) and reaches the social work team's server once, its
// review too, whatever the PC's day's-end sync sends; a safeguarding concern raised on the tablet
// reaches the upstream at once through the fast lane and shows, with its words, to the coordinator.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/shell/staff_face.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/record_repository.hpp"
#include "tests/venue/venue_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using kiosk::app::StaffStep;
using Catch::Matchers::ContainsSubstring;
using namespace std::chrono_literals;

namespace {

app::StaffController& staff(VenueDevice& tablet) { return tablet.kiosk().staff_face()->controller(); }

// Jo's first session today, as the tablet's board lists it, and its child.
const ui::BoardRowView& jos_first(VenueDevice& tablet) {
    static ui::BoardRowView found;
    for (const auto& row : staff(tablet).board_view().rows) {
        if (row.worker_name == "Jo") return found = row;
    }
    throw std::runtime_error("Jo has no session on the tablet's board");
}

// Jo signs in on the tablet, the child arrives, the session starts and the record opens.
ui::BoardRowView open_jos_record(VenueDevice& tablet) {
    tablet.sign_in("Jo", app::kDemoStaffPin);
    REQUIRE(staff(tablet).signed_in() != nullptr);
    const ui::BoardRowView row = jos_first(tablet);
    staff(tablet).handle(ui::BoardIntent{ui::OpenSession{row.session_id}});
    staff(tablet).handle(ui::SessionIntent{ui::BroughtByEdited{"Helen (carer)"}});
    staff(tablet).handle(ui::SessionIntent{ui::MarkChildArrived{}});
    staff(tablet).handle(ui::SessionIntent{ui::StartSession{}});
    tablet.tap("Write the record");
    REQUIRE(staff(tablet).step() == StaffStep::Record);
    return row;
}

// How many records of `kind` this device's outbox holds that the upstream has confirmed.
std::int64_t confirmed_upstream(VenueDevice& device, const std::string& kind) {
    auto q = device.db().cached("SELECT count(*) FROM outbox WHERE kind = ? AND confirmed_at IS NOT NULL");
    q.bind(1, kind);
    q.step();
    return q.int64(0);
}

std::int64_t upstream_count(Venue& v, const std::string& kind) {
    const auto counts = v.servers.upstream_counts();
    const auto it = counts.find(kind);
    return it == counts.end() ? 0 : it->second;
}

}  // namespace

TEST_CASE("venue (c): a record finalized on the tablet is reviewed on the PC and reaches upstream once",
          "[venue][faces]") {
    Venue v;
    VenueDevice& tablet = *v.tablet;
    VenueDevice& pc = *v.pc;
    const ui::BoardRowView session = open_jos_record(tablet);
    const core::Id record = staff(tablet).current_record();
    for (std::size_t i = 0; i < core::required_sections().size(); ++i) {
        staff(tablet).handle(ui::RecordIntent{ui::SectionEdited{i, "Nothing to report."}});
    }
    tablet.tap("Finalize\xE2\x80\xA6");
    tablet.tap("Sign and finalize as Jo");
    REQUIRE(store::RecordRepository(tablet.db()).find(record)->state == core::RecordState::Final);

    // The coordinator finds it on the PC's Sync screen, not yet reviewed, reads it and marks it
    // reviewed.
    pc.sign_in("Alex", app::kDemoStaffPin);
    REQUIRE(pc.kiosk().coordinator() != nullptr);
    pc.tap("Sync");
    const std::string row = "Not reviewed " + session.child_first_name;
    REQUIRE(pc.until([&] { return pc.h.has_item(row); }));
    pc.tap(row);
    CHECK(pc.shows("Nothing to report.", 5s));
    pc.tap("Mark reviewed");
    CHECK(pc.shows("Marked reviewed.", 5s));
    pc.tap("Sync");
    CHECK(pc.shows("Every final record has been reviewed.", 5s));

    // The review comes back to Jo's tablet: its finalize screen says so.
    CHECK(tablet.shows("Reviewed by a coordinator."));

    // Upstream: the record and its review, each once, and the tablet holds the receipt for its
    // record (so only now may it purge its plain copy).
    REQUIRE(eventually([&] {
        return upstream_count(v, "observation_record") == 1 && upstream_count(v, "record_review") == 1;
    }));
    REQUIRE(tablet.until([&] { return confirmed_upstream(tablet, "observation_record") == 1; }));
    REQUIRE(pc.until([&] { return confirmed_upstream(pc, "record_review") == 1; }));
    // The PC's day's-end sync sends its own outbox only: the tablet's record does not go again.
    const auto before = pc.worker().full_syncs_finished();
    pc.tap("Send and receive now");
    REQUIRE(pc.until([&] { return pc.worker().full_syncs_finished() > before; }));
    CHECK(upstream_count(v, "observation_record") == 1);
    CHECK(upstream_count(v, "record_review") == 1);
    // The hub forwarded in push format 2 (issue #17): the upstream kept its signed manifests, and
    // every record it holds checks alone against the hub's key.
    std::string verified;
    CHECK(v.servers.upstream->run({"verify-records", "--db", "{db}"}, &verified) == 0);
    CHECK_THAT(verified, ContainsSubstring("failed 0, stored without a manifest 0"));
    CHECK_THAT(verified, !ContainsSubstring("verified 0,"));
}

TEST_CASE("venue (d): a concern raised on the tablet reaches upstream at once and shows to the coordinator",
          "[venue][faces]") {
    // A hub that forwards on request (the default): the day's records wait for the coordinator's
    // Sync, a concern does not.
    VenueOptions options;
    options.servers.upstream_sync = "on-request";
    Venue v(options);
    VenueDevice& tablet = *v.tablet;
    VenueDevice& pc = *v.pc;
    const ui::BoardRowView session = open_jos_record(tablet);
    tablet.tap("Safeguarding concern");
    tablet.tap("High");
    tablet.tap("What you saw and heard");
    tablet.h.frame(tablet.draw);
    tablet.h.type_text("A bruise on the left forearm.", tablet.draw);
    tablet.tap("Send now");
    REQUIRE(staff(tablet).step() == StaffStep::Record);

    // At once: nobody asks for a sync anywhere.
    REQUIRE(eventually([&] { return upstream_count(v, "concern") == 1; }));
    REQUIRE(tablet.until([&] { return confirmed_upstream(tablet, "concern") == 1; }));

    // The coordinator opens the child's referral on the PC: the concern is there, words and all.
    pc.sign_in("Alex", app::kDemoStaffPin);
    REQUIRE(pc.kiosk().coordinator() != nullptr);
    std::string child_button;
    for (const auto& item : (pc.h.frame(pc.draw), pc.h.items())) {
        if (item.label.rfind(session.child_first_name + ",", 0) == 0) child_button = item.label;
    }
    REQUIRE_FALSE(child_button.empty());
    pc.tap(child_button);
    CHECK(pc.shows("Safeguarding concerns", 10s));
    CHECK(pc.shows("High \xC2\xB7 Jo: A bruise on the left forearm.", 10s));
    CHECK(upstream_count(v, "concern") == 1);
}

TEST_CASE("venue (c, on request): the coordinator's Sync has the hub send the tablet's record upstream, once",
          "[venue][faces][upstream-sync]") {
    // The default hub: it forwards when a coordinator asks (a concern or lobby alert would go at
    // once; nothing here is one).
    VenueOptions options;
    options.servers.upstream_sync = "on-request";
    Venue v(options);
    VenueDevice& tablet = *v.tablet;
    VenueDevice& pc = *v.pc;
    open_jos_record(tablet);
    const core::Id record = staff(tablet).current_record();
    for (std::size_t i = 0; i < core::required_sections().size(); ++i) {
        staff(tablet).handle(ui::RecordIntent{ui::SectionEdited{i, "Nothing to report."}});
    }
    tablet.tap("Finalize\xE2\x80\xA6");
    tablet.tap("Sign and finalize as Jo");
    REQUIRE(store::RecordRepository(tablet.db()).find(record)->state == core::RecordState::Final);

    // The record is at the hub (the tablet's push was answered) but not upstream: nobody asked.
    REQUIRE(tablet.until([&] {
        return tablet.scalar("SELECT count(*) FROM outbox WHERE kind = 'observation_record' AND state = 'sent'") == 1;
    }));
    CHECK(upstream_count(v, "observation_record") == 0);
    CHECK(confirmed_upstream(tablet, "observation_record") == 0);

    // The coordinator presses Sync on the PC's day's-end screen.
    pc.sign_in("Alex", app::kDemoStaffPin);
    REQUIRE(pc.kiosk().coordinator() != nullptr);
    pc.tap("Sync");
    const std::int64_t upstream_before = v.servers.upstream_total();
    const auto before = pc.worker().full_syncs_finished();
    pc.tap("Send and receive now");
    REQUIRE(pc.until([&] { return pc.worker().full_syncs_finished() > before; }));
    // The Sync finishes once the hub's run has: the record is upstream, once, and the screen says so.
    CHECK(upstream_count(v, "observation_record") == 1);
    REQUIRE(pc.worker().last_summary().hub.has_value());
    const app::HubForwarding first = *pc.worker().last_summary().hub;
    CHECK(first.finished);
    CHECK(first.reachable);
    CHECK(first.forwarded >= 1);
    // Every message the hub sent was new upstream (one sent twice would be confirmed but not stored).
    const std::int64_t upstream_after = v.servers.upstream_total();
    CHECK(upstream_after - upstream_before == first.forwarded);
    CHECK(pc.shows("The venue hub sent ", 10s));
    // The upstream's receipt comes back through the hub to the tablet: only now may it purge.
    REQUIRE(tablet.until([&] { return confirmed_upstream(tablet, "observation_record") == 1; }));

    // A second Sync: the hub has nothing of it left to send, and nothing goes twice.
    const auto second = pc.worker().full_syncs_finished();
    pc.tap("Send and receive now");
    REQUIRE(pc.until([&] { return pc.worker().full_syncs_finished() > second; }));
    REQUIRE(pc.worker().last_summary().hub.has_value());
    const app::HubForwarding again = *pc.worker().last_summary().hub;
    CHECK(again.finished);
    CHECK(upstream_count(v, "observation_record") == 1);
    CHECK(v.servers.upstream_total() - upstream_after == again.forwarded);
}
