// Issue #16 on the staff face, on the demo day: Zofia and Mila's sibling visit (the board, each
// sibling's arrival, one record with a part per child, finalized only when every part is
// written), Reuben's WhatsApp call (joins and drops instead of arrivals), and the park.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/demo/demo_seed_contact_kinds.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/call_event_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "tests/ui/staff_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::StaffStep;
using kiosk::testing::StaffFixture;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {
core::Id session_with_code(StaffFixture& f, const char* code) {
    return store::SessionRepository(f.store.db).find_by_visit_code(code)->id;
}
}  // namespace

TEST_CASE("a sibling visit: the board, each sibling's arrival, one record with a part per child") {
    StaffFixture f;
    f.clock.set(testing::kDemoNow + 225min);  // 13:50
    f.sign_in_as_jo();
    const core::Id session = session_with_code(f, app::kDemoSiblingVisitCode);
    f.staff().handle(ui::BoardIntent{ui::OpenSession{session}});
    REQUIRE(f.staff().step() == StaffStep::Session);
    std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("With Mila"));
    CHECK_THAT(text, ContainsSubstring("Allergies: Dairy"));  // Mila's own
    CHECK_THAT(text, ContainsSubstring("Language: Polish"));
    CHECK_THAT(text, ContainsSubstring("interpreter needed"));
    CHECK_THAT(text, ContainsSubstring("Carer (Mila)"));  // her carer leaves in turn

    // Mila's carer brings her first; nobody named yet: refused, and nothing changes.
    f.h.tap("Mila arrived", f.draw);
    CHECK_THAT(f.text(), ContainsSubstring("Say who brought the child."));
    f.staff().handle(ui::SessionIntent{ui::BroughtByEdited{"Bronwen (Mila's carer)"}});
    f.h.tap("Mila arrived", f.draw);
    auto s = store::SessionRepository(f.store.db).find(session);
    REQUIRE(s->siblings.size() == 1);
    CHECK(s->siblings[0].brought_by == "Bronwen (Mila's carer)");
    CHECK(s->siblings[0].arrived_at == f.clock.now());
    CHECK(s->state == core::SessionState::Booked);  // Zofia is not here yet
    CHECK_THAT(f.text(), ContainsSubstring("Mila is here"));

    f.staff().handle(ui::SessionIntent{ui::BroughtByEdited{"Helen (Zofia's carer)"}});
    f.h.tap("Child arrived", f.draw);
    f.h.tap("Start session", f.draw);
    f.h.tap("Write the record", f.draw);
    REQUIRE(f.staff().step() == StaffStep::Record);
    const auto view = f.staff().record_view();
    const std::size_t shared = core::required_sections().size();
    REQUIRE(view.sections.size() == shared + 3);
    for (std::size_t i = shared; i < view.sections.size(); ++i) CHECK(view.sections[i].child_first_name == "Mila");
    CHECK(view.sections[5].child_first_name == "Zofia");  // her own child's voice, named too

    // Every shared section written, Mila's parts not: the record is not complete.
    for (std::size_t i = 0; i < shared; ++i) {
        f.staff().handle(ui::RecordIntent{ui::SectionEdited{i, "Written for section " + std::to_string(i) + "."}});
    }
    f.staff().handle(ui::RecordIntent{ui::GoToFinalize{}});
    f.staff().handle(ui::FinalizeIntent{ui::SignAndFinalize{}});
    text = f.text();
    CHECK_THAT(text, ContainsSubstring("Mila \xE2\x80\x94 The child at arrival"));
    const core::Id record = store::RecordRepository(f.store.db).for_session(session)->id;
    CHECK(store::RecordRepository(f.store.db).find(record)->state == core::RecordState::Draft);

    f.staff().handle(ui::FinalizeIntent{ui::BackToRecord{}});
    for (std::size_t i = shared; i < shared + 3; ++i) {
        f.staff().handle(ui::RecordIntent{ui::SectionEdited{i, "Mila's part " + std::to_string(i) + "."}});
    }
    f.staff().handle(ui::RecordIntent{ui::GoToFinalize{}});
    f.staff().handle(ui::FinalizeIntent{ui::SignAndFinalize{}});
    const auto final_record = store::RecordRepository(f.store.db).find(record);
    REQUIRE(final_record->state == core::RecordState::Final);
    CHECK(final_record->sibling_sections.size() == 3);
    // One record goes to the social work team, each child's part under its own key.
    bool sent_with_parts = false;
    for (const auto& queued : store::OutboxRepository(f.store.db).next_batch(500)) {
        if (queued.kind == "observation_record" && queued.payload.find("\"child_voice#2\"") != std::string::npos) {
            sent_with_parts = true;
        }
    }
    CHECK(sent_with_parts);
}

TEST_CASE("a video call: joins and drops are recorded like arrivals, and no visit code is needed") {
    StaffFixture f;
    f.clock.set(testing::kDemoNow + 320min);  // 15:25
    f.sign_in_as_jo();
    const core::Id session = session_with_code(f, app::kDemoCallVisitCode);
    CHECK_THAT(f.text(), ContainsSubstring("WhatsApp"));
    f.staff().handle(ui::BoardIntent{ui::OpenSession{session}});
    std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("Video or phone call"));
    CHECK_THAT(text, ContainsSubstring("the carer starts the call"));
    CHECK_THAT(text, !ContainsSubstring("Child arrived"));
    CHECK_THAT(text, !ContainsSubstring("Bring parent through"));
    CHECK_FALSE(f.staff().session_view().can_start);  // nobody has joined yet

    const auto event = [&](core::CallParty party, core::CallEventKind kind) {
        f.staff().handle(ui::SessionIntent{ui::RecordCallEvent{static_cast<int>(party), static_cast<int>(kind)}});
        f.clock.set(f.clock.now() + 20s);  // well inside the two minutes before the face locks
    };
    event(core::CallParty::Carer, core::CallEventKind::Joined);
    CHECK(store::SessionRepository(f.store.db).find(session)->state == core::SessionState::Booked);
    event(core::CallParty::Child, core::CallEventKind::Joined);
    event(core::CallParty::Family, core::CallEventKind::Joined);
    CHECK(store::SessionRepository(f.store.db).find(session)->state == core::SessionState::ParentArrived);
    f.h.tap("Start session", f.draw);
    CHECK(store::SessionRepository(f.store.db).find(session)->state == core::SessionState::InProgress);
    event(core::CallParty::Family, core::CallEventKind::Dropped);
    // A party off the call cannot drop again; the refusal changes nothing.
    event(core::CallParty::Family, core::CallEventKind::Dropped);
    CHECK_THAT(f.text(), ContainsSubstring("cannot be done at this step"));
    event(core::CallParty::Family, core::CallEventKind::Joined);
    CHECK_THAT(f.text(), ContainsSubstring("dropped 1"));
    f.h.tap("End session", f.draw);

    const auto events = store::CallEventRepository(f.store.db).for_session(session);
    REQUIRE(events.size() == 5);
    CHECK(events[3].kind == core::CallEventKind::Dropped);
    const auto record = store::RecordRepository(f.store.db).for_session(session);
    REQUIRE(record);
    std::vector<std::string> chips;
    for (const auto& entry : record->timeline) chips.push_back(entry.chip);
    CHECK(std::find(chips.begin(), chips.end(), "call_family_dropped") != chips.end());
    CHECK(std::find(chips.begin(), chips.end(), "session_ended") != chips.end());
}

TEST_CASE("contact in the park shows where and who supervises, and is recorded as any session") {
    StaffFixture f;
    f.clock.set(testing::kDemoNow + 350min);  // 15:55
    f.sign_in("Sam", app::kDemoStaffPin);
    const core::Id session = session_with_code(f, app::kDemoParkVisitCode);
    f.staff().handle(ui::BoardIntent{ui::OpenSession{session}});
    const std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("In the community"));
    CHECK_THAT(text, ContainsSubstring("Riverside Park, by the caf"));
    CHECK_THAT(text, ContainsSubstring("Supervised by a consistent adult: Rosa"));
    f.staff().handle(ui::SessionIntent{ui::BroughtByEdited{"Rosa"}});
    f.h.tap("Child arrived", f.draw);
    f.h.tap("Start session", f.draw);
    CHECK(store::RecordRepository(f.store.db).for_session(session).has_value());  // the record is kept
}
