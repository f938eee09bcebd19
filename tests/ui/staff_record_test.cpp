// Writing, finalizing and correcting an observation record through the staff screens, with
// the on-screen keyboard; a safeguarding concern; the list of records due.
#include <catch2/catch_test_macros.hpp>
#include <algorithm>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/records/record_service.hpp"
#include "kiosk/core/record_rules.hpp"
#include "kiosk/store/concern_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/ui/widgets/on_screen_keyboard.hpp"
#include "tests/ui/staff_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::StaffStep;
using kiosk::testing::StaffFixture;
using namespace kiosk;

namespace {
std::string section_text(store::Database& db, core::Id record, core::RecordSection section) {
    const auto r = store::RecordRepository(db).find(record);
    for (const auto& [which, text] : r->sections) {
        if (which == section) return text;
    }
    return {};
}
}  // namespace

TEST_CASE("a section typed on the on-screen keyboard is in the database at once, accents included") {
    StaffFixture f;
    f.start_jos_session_and_open_record();
    REQUIRE(f.staff().step() == StaffStep::Record);
    const core::Id record = f.staff().current_record();

    f.h.tap("Attendance and punctuality", f.draw);
    f.h.frame(f.draw);
    REQUIRE(f.h.has_item("space"));  // the keyboard is up
    for (const char* key : {"\xE2\x87\xA7", "M", "u", "m", "space", "o", "k", "x"}) f.h.tap(key, f.draw);
    f.h.tap("\xE2\x8C\xAB", f.draw);  // backspace takes the x away
    f.h.frame(f.draw);
    f.h.tap("\xC3\xA1\xC3\xA9", f.draw);  // the accents page
    for (const char* key : {"\xC3\xA9", "\xC5\x82"}) f.h.tap(key, f.draw);  // é ł
    f.h.frame(f.draw);

    // A second connection sees the committed text: nothing waits in memory.
    store::Database reopened = f.store.open();
    CHECK(section_text(reopened, record, core::RecordSection::Attendance) == "Mum ok\xC3\xA9\xC5\x82");
    CHECK_THAT(f.text(), ContainsSubstring("Saved"));

    f.h.tap("Done", f.draw);
    f.h.frame(f.draw);
    f.h.frame(f.draw);
    CHECK_FALSE(f.h.has_item("space"));
}

TEST_CASE("the keyboard never covers the active field, even one at the bottom edge of the page") {
    StaffFixture f;
    f.start_jos_session_and_open_record();
    f.app.staff_face()->focus_record_section(2);  // "The child at arrival", cut by the screen's edge
    for (int i = 0; i < 4; ++i) f.h.frame(f.draw);
    const float keyboard_top = 800.0F - ui::on_screen_keyboard_height();
    REQUIRE(f.h.has_item("space"));
    bool found = false;
    for (const auto& item : f.h.items()) {
        if (item.label != "The child at arrival") continue;
        found = true;
        CHECK(item.max.y <= keyboard_top);
        CHECK(item.min.y >= 0.0F);
    }
    CHECK(found);
}

TEST_CASE("a chip tap adds a time-stamped entry; interpreting words get the nudge") {
    StaffFixture f;
    f.start_jos_session_and_open_record();
    const core::Id record = f.staff().current_record();
    f.h.tap("Greeted with a hug", f.draw);
    const auto r = store::RecordRepository(f.store.db).find(record);
    REQUIRE_FALSE(r->timeline.empty());
    CHECK(r->timeline.back().chip == "greeting_hug");
    CHECK(r->timeline.back().at == f.clock.now());

    CHECK_THAT(f.text(), !ContainsSubstring("The underlined words interpret"));
    f.h.tap("Attendance and punctuality", f.draw);
    f.h.frame(f.draw);
    f.h.type_text("She seemed tired.", f.draw);
    const std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("The underlined words interpret"));
    // The nudge never blocks saving.
    CHECK(section_text(f.store.db, record, core::RecordSection::Attendance) == "She seemed tired.");
}

TEST_CASE("a safeguarding concern is saved with its severity and queued in the fast lane") {
    StaffFixture f;
    f.start_jos_session_and_open_record();
    const auto fast_before = store::OutboxRepository(f.store.db).queued_fast_lane();
    f.h.tap("Safeguarding concern", f.draw);
    f.h.tap("Send now", f.draw);  // no severity yet: nothing is sent
    CHECK(f.staff().step() == StaffStep::Concern);
    f.h.tap("High", f.draw);
    f.h.tap("What you saw and heard", f.draw);
    f.h.frame(f.draw);
    f.h.type_text("A bruise on the left forearm.", f.draw);
    f.h.tap("Send now", f.draw);

    CHECK(f.staff().step() == StaffStep::Record);
    // The concern itself, and the board alert for colleagues, both go first.
    CHECK(store::OutboxRepository(f.store.db).queued_fast_lane() == fast_before + 2);
    bool concern_queued = false;
    for (const auto& item : store::OutboxRepository(f.store.db).next_batch(100, true)) {
        if (item.kind.find("concern") != std::string::npos) concern_queued = true;
    }
    CHECK(concern_queued);
    const auto concerns = store::ConcernRepository(f.store.db).for_session(f.staff().current_session());
    REQUIRE(concerns.size() == 1);
    CHECK(concerns[0].severity == core::ConcernSeverity::High);
    CHECK(concerns[0].text == "A bruise on the left forearm.");
    CHECK_THAT(f.text(), ContainsSubstring("Concern saved"));

    // Colleagues see it on the board with its level in words, and never what the worker wrote.
    f.h.tap("Session", f.draw);
    f.h.tap("Today", f.draw);
    const std::string board = f.text();
    CHECK_THAT(board, ContainsSubstring("Safeguarding concern raised"));
    CHECK_THAT(board, ContainsSubstring("Severity: High"));
    CHECK_THAT(board, !ContainsSubstring("concern:"));
    CHECK_THAT(board, !ContainsSubstring("bruise"));
}

TEST_CASE("finalize lists the missing sections, then signs; after that only addenda") {
    StaffFixture f;
    f.start_jos_session_and_open_record();
    const core::Id record = f.staff().current_record();
    f.h.tap("Finalize\xE2\x80\xA6", f.draw);
    f.h.tap("Sign and finalize as Jo", f.draw);
    std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("These sections still need writing"));
    CHECK_THAT(text, ContainsSubstring("Worker's analysis"));
    CHECK(store::RecordRepository(f.store.db).find(record)->state == core::RecordState::Draft);

    const auto sections = core::required_sections();
    for (std::size_t i = 0; i < sections.size(); ++i) {
        f.staff().handle(ui::RecordIntent{ui::SectionEdited{i, "Nothing to report."}});
    }
    f.h.tap("Sign and finalize as Jo", f.draw);
    const auto final_record = store::RecordRepository(f.store.db).find(record);
    CHECK(final_record->state == core::RecordState::Final);
    text = f.text();
    CHECK_THAT(text, ContainsSubstring("Signed by Jo"));
    CHECK_THAT(text, ContainsSubstring("not an assessment"));  // the note on the limits of its use

    f.h.tap("New addendum (a dated correction)", f.draw);
    f.h.frame(f.draw);
    f.h.type_text("Mum arrived at 09:55, not 09:52.", f.draw);
    f.h.tap("Add addendum", f.draw);
    const auto corrected = store::RecordRepository(f.store.db).find(record);
    REQUIRE(corrected->addenda.size() == 1);
    CHECK(corrected->addenda[0].text == "Mum arrived at 09:55, not 09:52.");
    CHECK(corrected->addenda[0].author_id == f.jo_id());
    CHECK_THAT(f.text(), ContainsSubstring("Mum arrived at 09:55, not 09:52."));
}

TEST_CASE("the due list shows overdue records") {
    StaffFixture f;
    f.sign_in_as_jo();
    CHECK_THAT(f.text(), ContainsSubstring("overdue"));
    f.h.tap("Records due", f.draw);
    CHECK(f.staff().step() == StaffStep::Due);
    CHECK_THAT(f.text(), ContainsSubstring("OVERDUE"));
}

TEST_CASE("each record opened shows its own child, though the header is found once per record") {
    StaffFixture f;
    f.start_jos_session_and_open_record();
    REQUIRE(f.staff().step() == StaffStep::Record);
    const std::string first_child = f.staff().record_view().child_first_name;
    REQUIRE_FALSE(first_child.empty());
    CHECK_THAT(f.text(), ContainsSubstring(first_child));

    // An earlier day's record of another child, opened from the list of records due.
    const auto due = f.staff().due_view();
    const auto other = std::find_if(due.lines.begin(), due.lines.end(), [&](const ui::DueLineView& line) {
        return line.mine && line.child_first_name != first_child;
    });
    REQUIRE(other != due.lines.end());
    f.staff().handle(ui::DueIntent{ui::OpenDueRecord{other->session_id}});
    REQUIRE(f.staff().step() == StaffStep::Record);
    CHECK(f.staff().record_view().child_first_name == other->child_first_name);
    CHECK_THAT(f.text(), ContainsSubstring(other->child_first_name));
}
