#include "kiosk/app/demo/demo_seed_coordinator.hpp"

#include <array>

#include "kiosk/app/coordinator/attendance_service.hpp"
#include "kiosk/app/coordinator/coordinator_sign_in.hpp"
#include "kiosk/app/sync/sync_status.hpp"
#include "kiosk/core/agreement_rules.hpp"
#include "kiosk/store/location_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/placement_repository.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {
using namespace std::chrono_literals;

struct DemoReferral {
    core::ReferralStatus status;
    const char* social_worker;
    const char* notes;
    std::chrono::hours received_ago;
};

constexpr std::array<DemoReferral, 5> kReferrals{{
    {core::ReferralStatus::New, "Dana Okafor",
     "Mum has asked for contact to restart after a six-month gap. She has been in recovery since "
     "the spring and attends her group weekly. The child asks about Mum most days.",
     20h},
    {core::ReferralStatus::InProgress, "Tom Reeves",
     "Dad and paternal grandmother. Previous contact at another centre was positive but Dad was "
     "late several times.",
     72h},
    {core::ReferralStatus::Agreed, "Dana Okafor", "Weekly contact with Mum and big brother, agreed at the last review.",
     24h * 40},
    {core::ReferralStatus::New, "Priya Shah",
     "Emergency placement yesterday afternoon. Please arrange the comfort call and icebreaker; "
     "the child is very attached to her older sister.",
     18h},
    {core::ReferralStatus::InProgress, "Tom Reeves", "Placed last week with kinship carers (aunt). Contact with Mum to be assessed.",
     24h * 8},
}};

// Approximate home areas around the venues (postcode-district centres, fictional use).
constexpr std::array<core::GeoPoint, 5> kHomes{{
    {51.468, -2.560}, {51.440, -2.610}, {51.520, -2.540}, {51.455, -2.590}, {51.500, -2.520},
}};
}  // namespace

void seed_coordinator_demo(store::Database& db, const std::vector<CoordinatorDemoFamily>& families, core::Id venue,
                           core::Timestamp today, const std::string& time_zone) {
    const auto coordinator = first_active_coordinator(db).value_or(0);
    const std::string actor = "system:demo-seed";
    store::ReferralRepository referrals(db);
    store::PlacementRepository placements(db);
    store::LocationRepository locations(db);
    const std::size_t count = std::min(families.size(), kReferrals.size());
    {
        store::WriteTransaction tx(db, actor, today);
        store::VenueRepository venues(db);
        const auto second = venues.add_venue(tx, {0, "Hillside Family Centre", time_zone, "4 Hillside Road"});
        venues.add_room(tx, {0, second, "Maple Room", 6, {"floor_mats", "books", "sofa"}});
        locations.set_venue_location(tx, venue, {51.4545, -2.5879});
        locations.set_venue_location(tx, second, {51.5100, -2.5450});
        for (std::size_t i = 0; i < count; ++i) {
            const auto& r = kReferrals[i];
            const auto child = families[i].child;
            const auto id = referrals.add(tx, {0, child, r.social_worker, r.notes, today - r.received_ago, r.status});
            locations.set_child_home(tx, child, kHomes[i]);
            if (r.status != core::ReferralStatus::New) {
                core::RiskAssessment a;
                a.referral_id = id;
                a.assessed_by = coordinator;
                a.assessed_at = today - r.received_ago + 24h;
                a.risk_factors = "unreliable";
                a.protective_factors = "positive_relationship,engages_with_guidance";
                a.contact_history = "mixed";
                a.child_wishes = "wants_contact";
                a.recommended_level = core::SupervisionLevel::Supported;
                a.chosen_level = core::SupervisionLevel::Supervised;
                referrals.add_assessment(tx, a);
            }
        }
        // Placed yesterday afternoon: the comfort call is due today. Placed eight days ago:
        // the comfort call happened, the icebreaker is overdue.
        if (count > 3) placements.add(tx, {0, families[3].child, today - 18h, coordinator});
        if (count > 4) {
            const auto older = placements.add(tx, {0, families[4].child, today - 24h * 8, coordinator});
            core::ComfortCall call;
            call.placement_id = older;
            call.plan = {"Mum", "facetime", "That she misses her cat", "That we love her and will see her soon",
                         "None", "Pink blanket; a story at bedtime", "Penicillin allergy", "", "Nap after lunch"};
            call.held = true;
            call.held_at = today - 24h * 8 + 5h;
            call.participants = {"child", "parents", "carers", "childs_worker"};
            call.how_it_went = "Smiled when she saw Mum. Ended calmly after ten minutes.";
            call.recorded_by = coordinator;
            placements.save_comfort_call(tx, call);
        }
        tx.commit();
    }
    // A session yesterday that Mum missed: its notice to the social worker was held until 09:00
    // today and went with the 09:30 sync (the board shows it done, the schedule shows the miss).
    if (count > 2) {
        const auto& f = families[2];
        core::Id session = 0;
        {
            store::WriteTransaction tx(db, actor, today);
            core::Session s;
            s.agreement_version_id = f.version;
            s.child_id = f.child;
            s.room_id = f.room;
            s.starts_at = today - 24h - 30min;
            s.minutes = 60;
            s.visit_code = "MQ7RXT";  // outside the random draws' reach: they skip codes already taken
            if (store::SessionRepository(db).visit_code_taken(s.visit_code)) s.visit_code = "MQ7RXU";
            s.arrival_windows = core::arrival_windows_for(s.starts_at, core::default_agreement_version("2026-01-01").arrival_plans);
            session = store::SessionRepository(db).add(tx, s);
            tx.commit();
        }
        const core::FixedClock clock{today - 22h};
        const auto missed = record_missed_session(
            {db, clock, time_zone, coordinator},
            {0, session, core::Attendance::NoShow, "Mum", "Did not arrive; phone went to voicemail.", 0, {}});
        store::WriteTransaction tx(db, "sync", today - 35min);
        store::OutboxRepository(db).mark_sent(tx, missed.notice_uuid);
        tx.commit();
    }
    // The demo device last synced at 09:30.
    record_successful_sync(db, today - 35min);
}

}  // namespace kiosk::app
