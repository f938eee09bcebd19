// Issue #13, test (e): a person added on the coordinator's PC signs in on a tablet, and ten wrong
// PINs on one tablet lock the account on another, every device its own database and worker.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/app/shell/staff_face.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "tests/venue/venue_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
using namespace std::chrono_literals;

namespace {

const app::StaffSession* signed_in(VenueDevice& device) {
    return device.kiosk().staff_face()->controller().signed_in();
}

// The coordinator signs in on the PC and opens the Staff screen.
void open_staff_screen(VenueDevice& pc) {
    pc.sign_in("Alex", app::kDemoStaffPin);
    REQUIRE(pc.kiosk().coordinator() != nullptr);
    pc.tap("Staff");
}

}  // namespace

TEST_CASE("venue (e): staff added on the PC sign in on a tablet; ten wrong PINs on one tablet lock the other",
          "[venue][faces]") {
    Venue v;
    VenueDevice& pc = *v.pc;
    VenueDevice& tablet = *v.tablet;

    // The coordinator adds Rowan, a contact worker, with a first PIN.
    open_staff_screen(pc);
    pc.tap("First name");
    pc.h.frame(pc.draw);
    pc.h.type_text("Rowan", pc.draw);
    pc.tap("Contact worker");
    pc.tap("PIN (6 digits)");
    pc.h.frame(pc.draw);
    pc.h.type_text("135790", pc.draw);
    pc.tap("Add");
    REQUIRE(pc.shows("Added Rowan", 5s));

    // The tablet's PIN screen offers Rowan once the hub has passed the account on, hash and all.
    REQUIRE(tablet.until([&] { return tablet.h.has_item("Rowan"); }));
    tablet.sign_in("Rowan", "135790");
    REQUIRE(signed_in(tablet) != nullptr);
    CHECK(signed_in(tablet)->member().display_name == "Rowan");

    // Lockout is counted with the hub's clock, the real one: the venue's clock goes there too.
    v.clock.set(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
    auto second = v.another_tablet("tablet-2");
    for (int i = 0; i < 10; ++i) {
        v.clock.advance(2min);  // past every slow-down this tablet asks for (and its idle lock)
        tablet.sign_in("Priya", "000000");
        REQUIRE(signed_in(tablet) == nullptr);
    }
    CHECK(tablet.shows("This account is locked after 10 wrong PINs", 5s));

    // Once the hub holds the lock (the PC's copy, fed by the hub, says so), the second tablet
    // refuses even the right PIN: it asks the hub first, whatever its own feed has brought yet.
    const core::Id priya_on_pc = pc.staff_id("Priya");
    REQUIRE(priya_on_pc != 0);
    REQUIRE(pc.until([&] {
        return store::StaffRepository(pc.db()).sign_in_counters(priya_on_pc).locked_until > v.clock.now();
    }));
    second->sign_in("Priya", app::kDemoStaffPin);
    CHECK(signed_in(*second) == nullptr);
    CHECK(second->shows("This account is locked after 10 wrong PINs", 5s));
}
