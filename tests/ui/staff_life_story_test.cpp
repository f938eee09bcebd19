// A life-story note during a session (issue #16, item 4), tapped and typed on the staff face: a
// photo is refused until it says who agreed and where it is kept, then saved; the note is its own
// record, queued sealed for the social work team, and the session's draft record says a note was
// made (not what). A note cannot be changed afterwards.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/store/life_story_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "sync/protocol/record_signature.hpp"
#include "tests/support/purge_helpers.hpp"
#include "tests/ui/staff_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;

TEST_CASE("during a session a worker keeps a photo for the child's life story, with consent, sealed for the team") {
    testing::StaffFixture f;
    f.sign_in_as_jo();
    const core::Id session = f.jos_first_session();
    REQUIRE(session != 0);
    f.staff().handle(ui::BoardIntent{ui::OpenSession{session}});
    f.staff().handle(ui::SessionIntent{ui::BroughtByEdited{"Helen (carer)"}});
    f.staff().handle(ui::SessionIntent{ui::MarkChildArrived{}});
    f.staff().handle(ui::SessionIntent{ui::StartSession{}});

    const auto child = store::SessionRepository(f.store.db).find(session)->child_id;
    const auto before = store::LifeStoryRepository(f.store.db).of_child(child).size();  // the demo's notes
    f.h.tap("Life-story note", f.draw);
    CHECK_THAT(f.text(), ContainsSubstring("Something for the child's life story"));
    f.h.tap("A photo", f.draw);
    f.h.tap("What it is, or the child's words as they said them", f.draw);
    f.h.frame(f.draw);
    f.h.type_text("Feeding the ducks with Mum at the pond", f.draw);
    f.h.tap("Save for the life story", f.draw);
    std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("Say who agreed to the photo."));
    CHECK_THAT(text, ContainsSubstring("Say where it is kept."));
    CHECK(store::LifeStoryRepository(f.store.db).of_child(child).size() == before);

    f.h.tap("Who agreed to the photo being taken and kept", f.draw);
    f.h.frame(f.draw);
    f.h.type_text("Mum, and the child's social worker", f.draw);
    f.h.tap("Memory box", f.draw);
    f.h.tap("Save for the life story", f.draw);
    text = f.text();
    CHECK_THAT(text, ContainsSubstring("Saved, and queued sealed for the social work team."));
    CHECK_THAT(text, ContainsSubstring("This child's notes"));
    CHECK_THAT(text, ContainsSubstring("Feeding the ducks with Mum at the pond"));

    const auto notes = store::LifeStoryRepository(f.store.db).of_child(child);
    REQUIRE(notes.size() == before + 1);
    REQUIRE(notes[0].words == "Feeding the ducks with Mum at the pond");  // newest first
    CHECK(notes[0].kind == core::LifeStoryKind::Photo);
    CHECK(notes[0].session_id == session);
    CHECK(notes[0].written_by == f.jo_id());
    CHECK(notes[0].consent_from == "Mum, and the child's social worker");
    CHECK(notes[0].kept_at == "Memory box");
    int queued = 0;
    for (const auto& item : store::OutboxRepository(f.store.db).next_batch(200)) queued += item.kind == "life_story_note";
    CHECK(queued == 1);
    CHECK(sync::is_sealed_kind("life_story_note"));
    // The draft record's timeline says a note was made, not what it said.
    CHECK(testing::count(f.store.db, "SELECT count(*) FROM record_timeline t JOIN observation_records r ON r.id = "
                                     "t.record_id WHERE r.session_id = " + std::to_string(session) +
                                     " AND t.chip = 'life_story_note' AND t.text = ''") == 1);
    // A record: the store refuses to change it.
    CHECK(testing::raw_sql_error(f.store.db, "UPDATE life_story_notes SET words = 'changed'") ==
          store::StoreErrorKind::Refused);

    f.h.tap("Session", f.draw);
    CHECK(f.staff().step() == app::StaffStep::Session);
}
