// The coordinator reads families' feedback by week and venue (issue #16, item 9).
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/family/check_in_service.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/ui/coordinator_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using namespace kiosk;
using namespace std::chrono_literals;

TEST_CASE("the coordinator reads this week's feedback as a chart of the child's faces, anonymous comments unnamed") {
    testing::CoordinatorApp f;
    auto draw = [&] { f.draw(); };
    core::Id alex = 0;
    {
        store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
        alex = store::StaffRepository(f.store.db).add(tx, {0, "Alex", core::Role::Coordinator, true}, "");
        tx.commit();
    }
    // As the lobby saves it: two this week (one anonymous), one the week before.
    app::CheckInService lobby(f.family_services);
    lobby.save_feedback({0, f.family.session, 5, 5, "Lovely room.", false, testing::kDemoNow + 2h, 0, ""});
    lobby.save_feedback({0, f.family.session, 2, 3, "Too short.", true, testing::kDemoNow + 3h, 0, ""});
    lobby.save_feedback({0, f.family.session, 4, 4, "", false, testing::kDemoNow - 24h * 6, 0, ""});

    f.open_coordinator(alex);
    f.h.tap("Feedback", draw);
    std::string text = f.h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Week of Mon 23 Nov"));
    CHECK_THAT(text, ContainsSubstring("Test Centre"));  // the sample venue
    CHECK_THAT(text, ContainsSubstring("Feedback given: 2"));
    CHECK_THAT(text, ContainsSubstring("3.5 of 5 on average"));  // the children's 5 and 2
    CHECK_THAT(text, ContainsSubstring("Lovely room."));
    CHECK_THAT(text, ContainsSubstring(std::string("About ") + testing::kSampleChildName + "'s visit"));
    CHECK_THAT(text, ContainsSubstring("Anonymous"));
    CHECK_THAT(text, ContainsSubstring("Too short."));
    f.h.tap("Later week", draw);  // greyed out: nothing after this week
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Week of Mon 23 Nov"));

    f.h.tap("Earlier week", draw);
    text = f.h.screen_text(draw);
    CHECK_THAT(text, ContainsSubstring("Week of Mon 16 Nov"));
    CHECK_THAT(text, ContainsSubstring("Feedback given: 1"));
    CHECK_THAT(text, ContainsSubstring("Nobody wrote a comment."));
    f.h.tap("Earlier week", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("No family gave feedback this week."));
    f.h.tap("Later week", draw);
    f.h.tap("Later week", draw);
    CHECK_THAT(f.h.screen_text(draw), ContainsSubstring("Week of Mon 23 Nov"));
}
