// Virtual and community contact, who supervises, and the call's events (issue #16, items 2, 5).
#include <catch2/catch_test_macros.hpp>

#include "kiosk/core/call_events.hpp"
#include "kiosk/core/agreement_rules.hpp"
#include "kiosk/core/contact_arrangement.hpp"
#include "kiosk/core/placement.hpp"
#include "kiosk/core/scheduling_rules.hpp"

using namespace kiosk::core;

TEST_CASE("the platforms are the seeds' list after a plain phone call, and each name round-trips") {
    const std::vector<std::string_view> keys(call_platforms().begin(), call_platforms().end());
    CHECK(keys == std::vector<std::string_view>{"phone", "zoom", "teams", "whatsapp", "facetime", "meet", "skype", "duo"});
    CHECK(platform_brand_name("whatsapp") == "WhatsApp");
    CHECK(platform_brand_name("facetime") == "FaceTime");
    CHECK(platform_brand_name("phone").empty());  // translated by the screen
    CHECK_FALSE(is_call_platform("video"));
    CHECK_FALSE(is_call_platform("Zoom"));
    for (const auto mode : {ContactMode::Venue, ContactMode::Virtual, ContactMode::Community}) {
        CHECK(parse_contact_mode(to_string(mode)) == mode);
    }
    for (const auto who : {SupervisedBy::ContactWorker, SupervisedBy::Carer, SupervisedBy::ConsistentAdult}) {
        CHECK(parse_supervised_by(to_string(who)) == who);
    }
    for (const auto who : {CallStarter::Worker, CallStarter::Family, CallStarter::Carer}) {
        CHECK(parse_call_starter(to_string(who)) == who);
    }
}

TEST_CASE("an arrangement is checked for what its kind of contact needs") {
    struct Row {
        ContactArrangement arrangement;
        std::vector<ArrangementProblem> problems;
    };
    const std::vector<Row> table{
        {{}, {}},
        {{ContactMode::Virtual, "zoom", CallStarter::Worker, "", SupervisedBy::ContactWorker, ""}, {}},
        {{ContactMode::Virtual, "", CallStarter::Worker, "", SupervisedBy::ContactWorker, ""}, {ArrangementProblem::NoPlatform}},
        {{ContactMode::Virtual, "carrier pigeon", CallStarter::Family, "", SupervisedBy::ContactWorker, ""},
         {ArrangementProblem::NoPlatform}},
        {{ContactMode::Community, "", CallStarter::Worker, "Riverside Park", SupervisedBy::Carer, ""}, {}},
        {{ContactMode::Community, "", CallStarter::Worker, "  ", SupervisedBy::ContactWorker, ""}, {ArrangementProblem::NoPlace}},
        {{ContactMode::Venue, "", CallStarter::Worker, "", SupervisedBy::ConsistentAdult, ""}, {ArrangementProblem::NoSupervisorName}},
        {{ContactMode::Venue, "", CallStarter::Worker, "", SupervisedBy::ConsistentAdult, "Aunt Rosa"}, {}},
        {{ContactMode::Community, "", CallStarter::Worker, "Park\x01", SupervisedBy::ContactWorker, ""},
         {ArrangementProblem::TextProblem}},
        // A place typed for a venue visit is not a problem (it is kept, and not shown).
        {{ContactMode::Venue, "", CallStarter::Worker, "Riverside Park", SupervisedBy::ContactWorker, ""}, {}},
    };
    for (std::size_t i = 0; i < table.size(); ++i) {
        INFO("row " << i);
        CHECK(check_arrangement(table[i].arrangement) == table[i].problems);
    }
}

TEST_CASE("only a venue visit is checked in at the lobby and holds a room") {
    CHECK(checks_in_at_lobby(ContactMode::Venue));
    CHECK_FALSE(checks_in_at_lobby(ContactMode::Virtual));
    CHECK_FALSE(checks_in_at_lobby(ContactMode::Community));
    CHECK(holds_a_room(ContactMode::Venue));
    CHECK_FALSE(holds_a_room(ContactMode::Virtual));
    CHECK_FALSE(holds_a_room(ContactMode::Community));
}

TEST_CASE("a call's events add up to who is on it and how often it dropped") {
    using K = CallEventKind;
    using P = CallParty;
    const auto at = [](int minute) { return from_unix(1'800'000'000 + minute * 60); };
    const std::vector<CallEvent> events{
        {0, 1, at(0), P::Family, K::Joined, 3}, {0, 1, at(1), P::Child, K::Joined, 3},
        {0, 1, at(9), P::Family, K::Dropped, 3}, {0, 1, at(10), P::Family, K::Joined, 3},
        {0, 1, at(20), P::Child, K::Dropped, 3}, {0, 1, at(21), P::Child, K::Joined, 3},
        {0, 1, at(50), P::Child, K::Left, 3},
    };
    const CallSummary s = summarize_call(events);
    CHECK(s.family_on);
    CHECK_FALSE(s.child_on);
    CHECK_FALSE(s.carer_on);
    CHECK(s.drops == 2);
    CHECK(s.first_joined == at(0));
    CHECK(summarize_call({}).drops == 0);
    CHECK_FALSE(summarize_call({}).first_joined);
}

TEST_CASE("a party joins only when off the call and leaves or drops only when on it") {
    struct Row {
        bool family_on;
        CallEventKind kind;
        bool allowed;
    };
    const std::vector<Row> table{
        {false, CallEventKind::Joined, true},  {true, CallEventKind::Joined, false},
        {true, CallEventKind::Left, true},     {false, CallEventKind::Left, false},
        {true, CallEventKind::Dropped, true},  {false, CallEventKind::Dropped, false},
    };
    for (const auto& row : table) {
        CallSummary now;
        now.family_on = row.family_on;
        CHECK(call_event_allowed(now, CallParty::Family, row.kind) == row.allowed);
        CHECK(call_event_allowed(now, CallParty::Child, CallEventKind::Joined));  // the child is off
    }
}

TEST_CASE("joining a call is an arrival; leaving or dropping never moves the day") {
    using S = SessionState;
    struct Row {
        S current;
        CallParty party;
        CallEventKind kind;
        std::optional<S> next;
    };
    const std::vector<Row> table{
        {S::Booked, CallParty::Family, CallEventKind::Joined, S::ParentArrived},
        {S::Booked, CallParty::Child, CallEventKind::Joined, S::ChildArrived},
        {S::ParentArrived, CallParty::Child, CallEventKind::Joined, S::ChildArrived},
        {S::ChildArrived, CallParty::Family, CallEventKind::Joined, S::ParentArrived},
        {S::Booked, CallParty::Carer, CallEventKind::Joined, std::nullopt},
        {S::InProgress, CallParty::Family, CallEventKind::Joined, std::nullopt},  // rejoining after a drop
        {S::InProgress, CallParty::Family, CallEventKind::Dropped, std::nullopt},
        {S::InProgress, CallParty::Child, CallEventKind::Left, std::nullopt},
        {S::Cancelled, CallParty::Family, CallEventKind::Joined, std::nullopt},
    };
    for (std::size_t i = 0; i < table.size(); ++i) {
        INFO("row " << i);
        CHECK(state_after_call_event(table[i].current, table[i].party, table[i].kind) == table[i].next);
    }
}

TEST_CASE("the comfort call offers exactly the platforms a virtual session does") {
    ComfortCall call;
    call.plan.critical_connection = "Mum";
    for (const auto platform : call_platforms()) {
        call.plan.platform = std::string{platform};
        INFO(platform);
        CHECK(check_comfort_call(call).empty());
    }
    for (const char* other : {"video", "in_person", "Zoom", ""}) {
        call.plan.platform = other;
        CHECK(check_comfort_call(call) == std::vector{TransitionProblem::NoPlatform});
    }
}

TEST_CASE("an agreement's arrangement and siblings are checked with the rest of it") {
    AgreementVersion v = default_agreement_version("2026-11-23");
    v.attendees = {{1, "Sarah", "Mum"}};
    v.room_id = 1;
    CHECK(check_agreement(v, "2026-11-23", 10).empty());
    v.arrangement.mode = ContactMode::Virtual;
    CHECK(check_agreement(v, "2026-11-23", 10) == std::vector{AgreementProblem::NoPlatform});
    v.arrangement.platform = "duo";
    v.siblings = {{10, 2, {Party::Carer, 25, 10, 3}}};  // the child themself
    CHECK(check_agreement(v, "2026-11-23", 10) == std::vector{AgreementProblem::BadSiblings});
    v.siblings = {{11, 2, {Party::Carer, 25, 10, 3}}};
    CHECK(check_agreement(v, "2026-11-23", 10).empty());
    v.arrangement = {ContactMode::Community, "", CallStarter::Worker, "", SupervisedBy::ConsistentAdult, ""};
    CHECK(check_agreement(v, "2026-11-23", 10) == std::vector{AgreementProblem::NoPlace, AgreementProblem::NoSupervisorName});
}

TEST_CASE("a call or contact in the community holds no room, so only its worker can clash") {
    const Timestamp at = from_unix(1'800'000'000);
    const Timestamp end = at + std::chrono::minutes{60};
    // Room 0: held by none. Two community sessions at once with different workers are fine.
    CHECK(find_clashes({{0, 0, 1, at, end}}, {{9, 0, 2, at, end}}).empty());
    CHECK(find_clashes({{0, 0, 1, at, end}}, {{9, 0, 1, at, end}}).size() == 1);  // one worker, two places
    CHECK(find_clashes({{0, 5, 1, at, end}}, {{9, 5, 2, at, end}}).size() == 1);  // a room at the venue still clashes
}
