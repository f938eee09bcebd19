// The receiving end of a hand-over (issue #15, item 5) on the staff face, on the demo data:
// Sam's overdue draft, handed to Jo by the coordinator, is Jo's to write on her tablet.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/coordinator/coordinator_sign_in.hpp"
#include "kiosk/app/coordinator/record_desk_service.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/sync_readiness_query.hpp"
#include "tests/ui/staff_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using kiosk::app::StaffStep;

TEST_CASE("a draft handed to Jo is hers on her tablet: in her records due, written and finalized by her") {
    testing::StaffFixture f;
    const auto drafts = store::draft_records(f.store.db);  // oldest first: Sam's, from Friday
    REQUIRE_FALSE(drafts.empty());
    REQUIRE(drafts.front().holder_name == "Sam");
    const core::Id record = drafts.front().record_id;
    const auto session = store::RecordRepository(f.store.db).find(record)->session_id;
    const app::CoordinatorContext coordinator{f.store.db, f.clock, "Europe/London",
                                              app::first_active_coordinator(f.store.db).value_or(0)};
    REQUIRE(app::hand_over_draft(coordinator, record, f.jo_id(), "Sam is off sick this week.").empty());

    f.sign_in_as_jo();
    f.h.tap("Records due", f.draw);
    const auto due = f.staff().due_view();
    const auto line = std::find_if(due.lines.begin(), due.lines.end(), [&](const ui::DueLineView& l) { return l.session_id == session; });
    REQUIRE(line != due.lines.end());
    CHECK(line->mine);
    CHECK(line->worker_name == "Jo");
    f.staff().handle(ui::DueIntent{ui::OpenDueRecord{session}});
    REQUIRE(f.staff().step() == StaffStep::Record);
    CHECK_THAT(f.text(), ContainsSubstring("Mum read two stories"));  // what Sam wrote is there
    for (std::size_t i = 0; i < f.staff().record_view().sections.size(); ++i) {
        if (f.staff().record_view().sections[i].text.empty()) {
            f.staff().handle(ui::RecordIntent{ui::SectionEdited{i, "Nothing to report."}});
        }
    }
    CHECK(f.staff().record_view().message.empty());
    f.staff().handle(ui::RecordIntent{ui::GoToFinalize{}});
    f.staff().handle(ui::FinalizeIntent{ui::SignAndFinalize{}});
    const auto final_record = store::RecordRepository(f.store.db).find(record);
    REQUIRE(final_record->state == core::RecordState::Final);
    CHECK(final_record->late_entry);
    CHECK_THAT(f.text(), ContainsSubstring("Signed by Jo"));
}
