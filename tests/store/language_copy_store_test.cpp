// Issue #16, item 10, in the venue (schema v25): a lobby or a tablet holds no referral, so the
// family's language needs come with the child as the hub derived them; a device that holds the
// child's referrals reads those.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/language_needs_query.hpp"
#include "kiosk/store/referral_repository.hpp"
#include "kiosk/store/replica_applier.hpp"
#include "kiosk/store/replica_reader.hpp"
#include "kiosk/store/uuid_index.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::kDemoNow;
using kiosk::testing::raw_sql_error;
using namespace std::chrono_literals;
namespace r = kiosk::core::replica;

namespace {

// The child as the hub sends it, with or without the family's language.
void pull_child(store::Database& db, const r::Child& child) {
    store::WriteTransaction tx(db, "sync", kDemoNow);
    store::ReplicaApplier(tx, "lobby-1").apply(child);
    tx.audit("test.pull", "child", 0);
    tx.commit();
}

}  // namespace

TEST_CASE("a device without referrals reads the family's language from the child's copy; referrals decide where held") {
    testing::TestStore t;
    const r::Child zephyrine{.uuid = "0b6a1c52-9f0e-4c1e-8a77-2f4d7e0c1a01", .first_name = "Zephyrine",
                             .date_of_birth = "2019-04-02", .restricted_surname = std::nullopt, .needs = std::nullopt,
                             .allergies = std::nullopt, .medical = std::nullopt, .restricted_school = std::nullopt,
                             .preferred_language = "pl", .interpreter_needed = true};
    pull_child(t.db, zephyrine);
    const core::Id child = store::UuidIndex(t.db).id_of(store::Table::Children, zephyrine.uuid).value();
    CHECK(store::family_language_needs(t.db, child).preferred == "pl");
    CHECK(store::family_language_needs(t.db, child).interpreter_needed);

    // A lobby's copy: the language only (its feed leaves the interpreter out), kept as held.
    r::Child for_lobby = zephyrine;
    for_lobby.preferred_language = "es";
    for_lobby.interpreter_needed = std::nullopt;
    pull_child(t.db, for_lobby);
    CHECK(store::family_language_needs(t.db, child).preferred == "es");
    CHECK(store::family_language_needs(t.db, child).interpreter_needed);  // as held
    // An older sender says nothing of it: the copy stays.
    r::Child older = zephyrine;
    older.preferred_language = std::nullopt;
    older.interpreter_needed = std::nullopt;
    pull_child(t.db, older);
    CHECK(store::family_language_needs(t.db, child).preferred == "es");

    // The snapshot this device would send carries what it reads.
    const auto snapshot = store::ReplicaReader(t.db).child(child);
    REQUIRE(snapshot.has_value());
    CHECK(snapshot->preferred_language == "es");
    CHECK(snapshot->interpreter_needed == true);

    // Once the device holds a referral of the child, the referral decides, even one that says
    // nothing (cleared here a moment ago, before the hub's copy comes back).
    store::ReferralRepository referrals(t.db);
    {
        store::WriteTransaction tx(t.db, "staff:1", kDemoNow);
        referrals.add(tx, core::Referral{0, child, "Dana Okafor", "", kDemoNow - 24h, core::ReferralStatus::New, {}});
        tx.commit();
    }
    CHECK(store::family_language_needs(t.db, child).preferred.empty());
    CHECK_FALSE(store::family_language_needs(t.db, child).interpreter_needed);

    CHECK(raw_sql_error(t.db, "UPDATE children SET interpreter_needed = 2") == store::StoreErrorKind::Refused);
    CHECK(raw_sql_error(t.db, "UPDATE children SET preferred_language = 'not a language'") ==
          store::StoreErrorKind::Refused);
}
