// Agreement rules with their language and translations (schema v10), and a worker's own
// language (schema v11): written, read back, replaced by a sync pull, kept across upgrades.
#include <catch2/catch_test_macros.hpp>

#include "kiosk/store/agreement_repository.hpp"
#include "kiosk/store/migrations.hpp"
#include "kiosk/store/pull_apply_repository.hpp"
#include "kiosk/store/replica_reader.hpp"
#include "kiosk/store/staff_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;

namespace {
core::AgreementRule own_rule() {
    core::AgreementRule rule{.kind = "other", .text = "Speak English or Polish.", .language = "en"};
    rule.translations["pl"] = "Mów po angielsku lub po polsku.";
    rule.translations["es"] = "Hable inglés o polaco.";
    return rule;
}
}  // namespace

TEST_CASE("a rule's language and translations are stored with its version and read back in order") {
    testing::TestStore t;
    const auto f = testing::add_sample_family(t.db);
    store::AgreementRepository agreements(t.db);
    core::AgreementVersion v = *agreements.version(f.version);
    v.version = 2;
    v.rules.push_back(own_rule());
    {
        store::WriteTransaction tx(t.db, "system:test", testing::kDemoNow);
        v.id = agreements.add_version(tx, v);
        tx.commit();
    }
    const core::AgreementVersion read = *agreements.version(v.id);
    REQUIRE(read.rules.size() == 3);
    CHECK(read.rules[0].kind == "phones_photos");
    CHECK(read.rules[0].translations.empty());
    CHECK(read.rules[2].language == "en");
    CHECK(read.rules[2].translations == own_rule().translations);
}

TEST_CASE("a sync pull replaces a version's rules, translations and all") {
    testing::TestStore t;
    const auto f = testing::add_sample_family(t.db);
    store::AgreementRepository agreements(t.db);
    t.db.exec("DELETE FROM replication_journal");  // as if the sample family had gone to the hub
    // The version as the hub sends it (by UUID), with other rules.
    core::replica::AgreementVersion v = *store::ReplicaReader(t.db).agreement_version(f.version);
    v.rules = {own_rule()};
    const auto pull = [&] {
        store::WriteTransaction tx(t.db, "system:test", testing::kDemoNow);
        store::PullApplyRepository(t.db).apply_page(tx, {v}, "1", "tablet-1");
        tx.commit();
    };
    pull();
    CHECK(agreements.version(f.version)->rules.at(0).translations.size() == 2);
    v.rules = {{"gifts", "Show gifts to staff first."}};  // the server's version has no own rule now
    pull();
    const auto rules = agreements.version(f.version)->rules;
    REQUIRE(rules.size() == 1);
    CHECK(rules[0].kind == "gifts");
    auto left = t.db.cached("SELECT count(*) FROM agreement_rule_translations");
    REQUIRE(left.step());
    CHECK(left.int64(0) == 0);  // no translation outlives its rule
}

TEST_CASE("a worker's own language is kept, and '' means the terminal's") {
    testing::TestStore t;
    store::StaffRepository staff(t.db);
    core::Id jo = 0;
    {
        store::WriteTransaction tx(t.db, "system:test", testing::kDemoNow);
        jo = staff.add(tx, {0, "Jo", core::Role::Worker, true}, "");
        tx.commit();
    }
    CHECK(staff.find(jo)->language.empty());
    {
        store::WriteTransaction tx(t.db, "staff:1", testing::kDemoNow);
        staff.set_language(tx, jo, "pl");
        tx.commit();
    }
    CHECK(staff.find(jo)->language == "pl");
}
