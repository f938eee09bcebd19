#include "kiosk/app/demo/demo_seed.hpp"

#include <random>
#include <unordered_set>

#include "kiosk/app/coordinator/coordinator_sign_in.hpp"
#include "kiosk/app/demo/demo_seed_coordinator.hpp"
#include "kiosk/app/demo/demo_seed_contact.hpp"
#include "kiosk/app/demo/demo_seed_feedback.hpp"
#include "kiosk/app/demo/demo_seed_contact_kinds.hpp"
#include "kiosk/app/demo/demo_seed_records.hpp"
#include "kiosk/app/demo/demo_names.hpp"
#include "kiosk/app/pin_hash.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/core/visit_code.hpp"
#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/demo_history.hpp"
#include "kiosk/store/family_repository.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/session_activity_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/venue_repository.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {

using core::Id;

// std::mt19937_64 is specified exactly by the standard, so its sequence is the same on every
// platform; distributions are not, so we map to ranges ourselves.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : engine_(seed) {}
    std::uint32_t below(std::uint32_t n) {
        // Rejection sampling keeps every value equally likely.
        const std::uint64_t limit = engine_.max() - engine_.max() % n;
        std::uint64_t value = 0;
        do {
            value = engine_();
        } while (value >= limit);
        return static_cast<std::uint32_t>(value % n);
    }
    template <class Array>
    std::string pick(const Array& items) {
        return std::string(items[below(static_cast<std::uint32_t>(items.size()))]);
    }

private:
    std::mt19937_64 engine_;
};

struct DemoRooms {
    std::vector<Id> ids;
    std::vector<std::string> names;
};

struct Family {
    Id child = 0;
    Id version = 0;
    Id room = 0;
    int minutes = 60;
};

constexpr int kFamiliesPerTransaction = 500;
// Families whose past visits get whole, sealed records (every family a demo screen shows).
constexpr int kFamiliesWithWholeRecords = 40;
// What past visits did, per room (library ids, assets/activities/library.toml), so the lobby's
// suggestions visibly skip them.
constexpr std::array<std::array<const char*, 2>, 3> kPastActivitiesByRoom{{
    {"stacking_cups", "bubbles"},
    {"drawing_together", "snakes_and_ladders"},
    {"football", "decorate_biscuits"},
}};
// Today's timetable: three rooms, sessions staggered so parties need not meet in the lobby.
constexpr std::array<std::pair<int, int>, 5> kTodaySlots{{{10, 0}, {11, 30}, {13, 30}, {15, 0}, {16, 30}}};

DemoRooms add_rooms(store::WriteTransaction& tx, store::VenueRepository& venues, Id venue) {
    const std::array<core::Room, 3> rooms{{
        {0, venue, "Sunflower Room", 6, {"floor_mats", "baby_toys", "sofa", "baby_change"}},
        {0, venue, "Oak Room", 6, {"table", "art_supplies", "board_games", "books"}},
        {0, venue, "Garden Room", 8, {"garden", "sports_equipment", "kitchen", "table"}},
    }};
    DemoRooms out;
    for (const auto& room : rooms) {
        out.ids.push_back(venues.add_room(tx, room));
        out.names.push_back(room.name);
    }
    return out;
}

std::vector<Id> add_staff(store::WriteTransaction& tx, store::StaffRepository& staff) {
    const std::string pin = hash_pin(kDemoStaffPin);
    std::vector<Id> workers;
    for (const char* name : {"Jo", "Sam", "Priya"}) {
        workers.push_back(staff.add(tx, core::StaffMember{0, name, core::Role::Worker, true}, pin));
    }
    staff.add(tx, core::StaffMember{0, "Alex", core::Role::Coordinator, true}, pin);
    return workers;
}

std::vector<core::AgreementRule> demo_rules(DemoRandom& random) {
    std::vector<core::AgreementRule> rules{
        {"phones_photos", "Phones stay in your bag. Please do not take photos or videos."},
        {"gifts", "Small gifts are welcome. Please show them to staff first."},
        {"food", "Snacks are fine. Please check allergies with staff first."},
        {"topics", "Please do not talk about where the child lives or about court."},
        {"arrival_order", "Please arrive and leave at your own times, so the child is not rushed."},
    };
    // A rule of the coordinator's own, written in English and translated for a Polish family;
    // a Spanish family is told staff will explain it.
    if (random.below(3) == 0) {
        rules.push_back({.kind = "other",
                         .text = "Speak English or Polish during the visit so staff can follow.",
                         .language = "en",
                         .translations = {{"pl", "Podczas wizyty mów po angielsku lub po polsku, by personel mógł rozumieć."}}});
    }
    return rules;
}

Family add_family(store::WriteTransaction& tx, store::FamilyRepository& people,
                  store::AgreementRepository& agreements, DemoRandom& random, const DemoRooms& rooms,
                  const std::string& today, int index) {
    using namespace demo_names;
    core::Child child;
    child.first_name = random.pick(kChildren);
    child.restricted_surname = random.pick(kSurnames);
    const int age_days = 200 + static_cast<int>(random.below(16 * 365));
    child.date_of_birth = core::add_days(today, -age_days);
    child.allergies = random.below(4) == 0 ? "Peanuts" : "";
    child.needs = random.below(5) == 0 ? "Needs quiet time after 30 minutes" : "";
    child.restricted_school = "St Anne's Primary";
    const Id child_id = people.add_child(tx, child);

    const std::string family_surname = random.pick(kSurnames);
    std::vector<core::ApprovedAttendee> attendees;
    const int adults = 1 + static_cast<int>(random.below(3));
    for (int a = 0; a < adults; ++a) {
        core::FamilyAdult adult;
        adult.child_id = child_id;
        adult.first_name = random.pick(kAdults);
        adult.surname = family_surname;
        adult.relationship = a == 0 ? (random.below(3) == 0 ? "Dad" : "Mum")
                                    : std::string(kRelationships[2 + random.below(4)]);
        const Id adult_id = people.add_adult(tx, adult);
        // Now and then a relative is known to the family but not approved for contact.
        if (a == 0 || random.below(4) != 0) attendees.push_back({adult_id, adult.first_name, adult.relationship});
    }
    people.add_carer(tx, core::Carer{0, child_id, random.pick(kCarers), random.pick(kSurnames),
                                     std::to_string(1 + random.below(120)) + " " + random.pick(kStreets),
                                     "07700 900" + std::to_string(100 + random.below(900))});

    const Id agreement = agreements.add_agreement(tx, core::Agreement{0, child_id, 0, tx.at()});
    core::AgreementVersion version;
    version.agreement_id = agreement;
    version.version = 1;
    version.effective_from = tx.at() - std::chrono::days{120};
    version.supervision_level = static_cast<core::SupervisionLevel>(1 + random.below(3));
    version.frequency = "weekly";
    version.session_minutes = random.below(2) == 0 ? 60 : 90;
    version.room_id = rooms.ids[static_cast<std::size_t>(index) % rooms.ids.size()];
    version.review_date = core::add_days(today, 30 + static_cast<int>(random.below(60)));
    version.rules = demo_rules(random);
    version.attendees = attendees;
    const Id version_id = agreements.add_version(tx, version);
    return {child_id, version_id, version.room_id, version.session_minutes};
}

std::string unique_code(DemoRandom& random, std::unordered_set<std::string>& taken) {
    for (;;) {
        std::string code = core::make_visit_code([&](std::uint32_t n) { return random.below(n); });
        if (taken.insert(code).second) return code;
    }
}

core::Session make_session(const Family& family, core::Timestamp starts, std::string code, Id worker,
                           core::SessionState state) {
    using std::chrono::minutes;
    core::Session s;
    s.agreement_version_id = family.version;
    s.child_id = family.child;
    s.room_id = family.room;
    s.worker_id = worker;
    s.starts_at = starts;
    s.minutes = family.minutes;
    s.visit_code = std::move(code);
    s.state = state;
    // The carer brings the child first; the family arrives a little later and leaves first.
    // The agreement's grace period applies after the end of each window.
    s.arrival_windows = {
        {core::Party::Carer, starts - minutes{25}, starts - minutes{10}, 2},
        {core::Party::Family, starts - minutes{10}, starts, 1},
    };
    return s;
}

// The last few visits whose records are still owed this morning (issue #15, item 6): Jo's from
// yesterday afternoon, started and due today; Priya's from yesterday, not started, due today;
// Sam's from three days ago, half written and overdue (the coordinator can hand it over).
struct OwedVisit {
    int family;
    int days_ago;
    int hour;
    int minute;
    int sections_written;  // -1: nobody started the record
};
constexpr std::array<OwedVisit, 3> kOwedVisits{{{6, 1, 14, 0, 4}, {5, 1, 15, 30, -1}, {1, 3, 15, 0, 6}}};

}  // namespace

bool has_demo_data(store::Database& db) { return !store::VenueRepository(db).venues().empty(); }

DemoSeedResult seed_demo(store::Database& db, const DemoSeedOptions& options) {
    if (options.families < 1 || options.days < 0) {
        throw store::StoreError(store::StoreErrorKind::Invalid, "families must be at least 1 and days not negative");
    }
    if (has_demo_data(db)) {
        throw store::StoreError(store::StoreErrorKind::Refused, "this database already holds data; not seeding it");
    }
    store::VenueRepository venues(db);
    store::StaffRepository staff(db);
    store::FamilyRepository people(db);
    store::AgreementRepository agreements(db);
    store::SessionRepository sessions(db);
    store::SessionActivityRepository activities(db);
    DemoRandom random(options.seed);
    const std::string today = core::local_date(options.today, options.time_zone);
    const std::string actor = "system:demo-seed";

    // Random visit codes land all over their unique index; with the default page cache a large
    // seed spends its time re-reading (and decrypting) index pages. Give it room for the seed.
    const store::ScopedCacheSize big_cache(db, options.families > 1000 ? 262144 : 0);

    DemoRooms rooms;
    std::vector<Id> workers;
    Id venue = 0;
    std::vector<CoordinatorDemoFamily> coordinator_families;  // issue #7: the first few families
    std::vector<Family> owing_families;                        // issue #15: whose last visits still owe a record
    std::vector<DemoVisit> past_visits;
    {
        store::WriteTransaction tx(db, actor, options.today);
        venue = venues.add_venue(tx, core::Venue{0, options.venue_name, options.time_zone,
                                                          "1 Riverside Walk"});
        rooms = add_rooms(tx, venues, venue);
        workers = add_staff(tx, staff);
        tx.commit();
    }

    DemoSeedResult result;
    std::unordered_set<std::string> taken;
    const int today_sessions = static_cast<int>(std::min<std::size_t>(
        static_cast<std::size_t>(options.families), kTodaySlots.size() * rooms.ids.size()));
    const int weeks_of_history = options.days / 7;
    for (int first = 0; first < options.families; first += kFamiliesPerTransaction) {
        store::WriteTransaction tx(db, actor, options.today);
        const int last = std::min(options.families, first + kFamiliesPerTransaction);
        for (int index = first; index < last; ++index) {
            Family family = add_family(tx, people, agreements, random, rooms, today, index);
            if (index < 5) coordinator_families.push_back({family.child, family.room, family.version});
            if (index < 7) owing_families.push_back(family);
            const Id worker = workers[static_cast<std::size_t>(index) % workers.size()];
            const auto slot = kTodaySlots[static_cast<std::size_t>(index / static_cast<int>(rooms.ids.size())) %
                                          kTodaySlots.size()];
            if (index < today_sessions) {
                family.room = rooms.ids[static_cast<std::size_t>(index) % rooms.ids.size()];
                const auto at_ten = core::local_to_utc(today, 10, 0, options.time_zone);
                const auto in_day = core::local_to_utc(today, slot.first, slot.second, options.time_zone) - at_ten;
                const auto starts = options.first_visit_at ? *options.first_visit_at + in_day : at_ten + in_day;
                std::string code = unique_code(random, taken);
                const Id id = sessions.add(tx, make_session(family, starts, code, worker, core::SessionState::Booked));
                result.todays_visits.push_back(
                    {code, core::local_hhmm(starts, options.time_zone),
                     rooms.names[static_cast<std::size_t>(index) % rooms.names.size()], id});
                ++result.sessions;
            }
            for (int week = 1; week <= weeks_of_history; ++week) {
                const std::string day = core::add_days(today, -7 * week);
                const auto starts = core::local_to_utc(day, slot.first, slot.second, options.time_zone);
                const Id id = sessions.add(tx, make_session(family, starts, unique_code(random, taken), worker,
                                                            core::SessionState::Ended));
                ++result.sessions;
                for (const char* activity : kPastActivitiesByRoom[static_cast<std::size_t>(index) % rooms.ids.size()]) {
                    activities.add(tx, id, activity);
                }
                // The families a demo shows get whole records; the rest of a large dataset's
                // history is settled in bulk below (store/demo_history.hpp).
                if (index < kFamiliesWithWholeRecords) past_visits.push_back({id, worker, starts, family.minutes});
            }
        }
        tx.commit();
    }
    const core::Id coordinator = first_active_coordinator(db).value_or(0);
    seed_past_records(db, past_visits, coordinator, options.time_zone, options.today, 2);
    seed_demo_feedback(db, past_visits, venue, options.time_zone);
    {
        store::WriteTransaction tx(db, actor, options.today);
        if (store::add_settled_history(tx, options.today, coordinator) > 0) tx.commit();
    }
    for (const auto& owed : kOwedVisits) {
        if (static_cast<std::size_t>(owed.family) >= owing_families.size()) continue;
        const Family& family = owing_families[static_cast<std::size_t>(owed.family)];
        const Id worker = workers[static_cast<std::size_t>(owed.family) % workers.size()];
        const auto starts = core::local_to_utc(core::add_days(today, -owed.days_ago), owed.hour, owed.minute, options.time_zone);
        Id id = 0;
        {
            store::WriteTransaction tx(db, actor, starts);
            id = sessions.add(tx, make_session(family, starts, unique_code(random, taken), worker, core::SessionState::Ended));
            tx.commit();
        }
        ++result.sessions;
        if (owed.sections_written >= 0) seed_started_draft(db, {id, worker, starts, family.minutes}, owed.sections_written);
    }
    seed_coordinator_demo(db, coordinator_families, venue, options.today, options.time_zone);
    seed_contact_kinds_demo(db, coordinator_families, workers, options.today, options.time_zone, result);
    std::vector<core::Id> demo_children;
    for (const auto& f : coordinator_families) demo_children.push_back(f.child);
    seed_demo_contact(db, demo_children, past_visits, options.today, options.time_zone);
    return result;
}

}  // namespace kiosk::app
