// The family face's check-in, tapped through the real screens on a real (test) database.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "kiosk/app/family/signature_json.hpp"
#include "kiosk/store/alert_repository.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/check_in_repository.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/session_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "tests/ui/family_fixture.hpp"

using Catch::Matchers::ContainsSubstring;
using kiosk::app::FamilyStep;
using kiosk::testing::FamilyFixture;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {

std::vector<store::OutboxItem> outbox_of_kind(store::Database& db, const std::string& kind) {
    std::vector<store::OutboxItem> out;
    for (auto& item : store::OutboxRepository{db}.next_batch(100)) {
        if (item.kind == kind) out.push_back(item);
    }
    return out;
}

bool audit_has(store::Database& db, const std::string& action) {
    for (const auto& row : store::AuditLog::latest(db, 50)) {
        if (row.entry.action == action) return true;
    }
    return false;
}

void check_in_to_agreement(FamilyFixture& f) {
    f.on_time();
    f.enter_check_in_code("KT4MPX");
    f.tap("Mum — Sarah");
    f.tap("Continue");
}

}  // namespace

TEST_CASE("a parent checks in: code, who is here, agreement, signature, ideas, thank you") {
    FamilyFixture f;
    f.on_time();
    f.enter_check_in_code("KT4MPX");
    REQUIRE(f.app.family().step() == FamilyStep::Attendees);
    std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("Who is here today?"));
    CHECK_THAT(text, ContainsSubstring("Mum — Sarah"));
    CHECK_THAT(text, !ContainsSubstring("Gareth"));  // in the family, not approved

    f.tap("Mum — Sarah");
    f.tap("Continue");
    REQUIRE(f.app.family().step() == FamilyStep::Agreement);
    text = f.text();
    for (const char* words : {"11:00", "60 minutes", "Blue Room", "Supervised",
                              "Phones stay in your bag. Please do not take photos or videos.",
                              "Small gifts are welcome. Please show them to staff first.", "Phones and photos"}) {
        CHECK_THAT(text, ContainsSubstring(words));
    }

    f.tap("I understand and agree");
    REQUIRE(f.app.family().step() == FamilyStep::Signature);
    f.tap("Done");  // nothing signed yet: Done does nothing
    CHECK(f.app.family().step() == FamilyStep::Signature);
    f.sign();
    f.tap("Done");
    REQUIRE(f.app.family().step() == FamilyStep::Activities);

    // One check-in, signed, with its audit row and outbox row; the session shows the arrival.
    const auto check_ins = store::CheckInRepository{f.store.db}.for_session(f.family.session);
    REQUIRE(check_ins.size() == 1);
    CHECK(check_ins[0].adult_id == f.family.mum);
    CHECK(check_ins[0].agreement_confirmed);
    CHECK(check_ins[0].agreement_version == 1);
    const auto signature = app::decode_signature(check_ins[0].signature_strokes);
    REQUIRE(signature.has_value());
    CHECK(core::looks_signed(*signature));
    CHECK(audit_has(f.store.db, "check_in.created"));
    const auto queued = outbox_of_kind(f.store.db, "check_in");
    REQUIRE(queued.size() == 1);
    CHECK_THAT(queued[0].payload, ContainsSubstring("\"signed\":true"));
    CHECK(store::SessionRepository{f.store.db}.find(f.family.session)->state == core::SessionState::ParentArrived);
    CHECK(store::AuditLog::verify(f.store.db).whole);

    f.tap("Finish");
    REQUIRE(f.app.family().step() == FamilyStep::Done);
    text = f.text();
    CHECK_THAT(text, ContainsSubstring("Thank you, Sarah."));
    CHECK_THAT(text, ContainsSubstring("Jo will come and meet you."));
    // It goes back to the attract screen by itself.
    f.h.advance(16.0);
    f.h.frame(f.draw);
    CHECK(f.app.family().step() == FamilyStep::Attract);
}

TEST_CASE("a second visit under the same agreement version is confirmed with one tap, no signature") {
    FamilyFixture f;
    check_in_to_agreement(f);
    f.tap("I understand and agree");
    f.sign();
    f.tap("Done");
    REQUIRE(f.app.family().step() == FamilyStep::Activities);

    // Next week's visit, same agreement version.
    core::Session next = *store::SessionRepository{f.store.db}.find(f.family.session);
    next.starts_at += std::chrono::days{7};
    next.visit_code = "NX7PQR";
    for (auto& window : next.arrival_windows) {
        window.arrive_from += std::chrono::days{7};
        window.arrive_until += std::chrono::days{7};
    }
    next.state = core::SessionState::Booked;
    core::Id next_id = 0;
    {
        store::WriteTransaction tx(f.store.db, "system:test", testing::kDemoNow);
        next_id = store::SessionRepository{f.store.db}.add(tx, next);
        tx.commit();
    }
    f.tap("Finish");
    f.tap("Finish");
    f.clock.set(testing::kDemoNow + std::chrono::days{7} + 50min);
    f.enter_check_in_code("NX7PQR");
    f.tap("Mum — Sarah");
    f.tap("Continue");
    f.tap("I understand and agree");
    CHECK(f.app.family().step() == FamilyStep::Activities);  // straight past the signature
    const auto check_ins = store::CheckInRepository{f.store.db}.for_session(next_id);
    REQUIRE(check_ins.size() == 1);
    CHECK(check_ins[0].agreement_confirmed);
    CHECK(check_ins[0].signature_strokes.empty());
}

TEST_CASE("too early: the visit's start time and a seat, nothing written") {
    FamilyFixture f;  // 10:05; the family may arrive from 10:50
    f.enter_check_in_code("KT4MPX");
    f.tap("Mum — Sarah");
    f.tap("Continue");
    CHECK(f.app.family().step() == FamilyStep::Notice);
    CHECK_THAT(f.text(), ContainsSubstring("Your visit starts at 11:00 — please take a seat, we will come for you."));
    CHECK(store::CheckInRepository{f.store.db}.for_session(f.family.session).empty());
    CHECK(store::AlertRepository{f.store.db}.open_alerts().empty());
    f.tap("OK");
    CHECK(f.app.family().step() == FamilyStep::Attract);
}

TEST_CASE("late beyond the grace period: speak to staff, and staff are alerted") {
    FamilyFixture f;
    f.clock.set(testing::kDemoNow + 55min + 31min);  // 11:31: window ended 11:15, grace 15 minutes
    f.enter_check_in_code("KT4MPX");
    f.tap("Mum — Sarah");
    f.tap("Continue");
    const std::string text = f.text();
    CHECK_THAT(text, ContainsSubstring("Please speak to a member of staff"));
    const auto alerts = store::AlertRepository{f.store.db}.open_alerts();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == core::AlertKind::LateArrival);
    CHECK(alerts[0].session_id == f.family.session);
    CHECK(outbox_of_kind(f.store.db, "alert").at(0).fast_lane);
    CHECK(store::CheckInRepository{f.store.db}.for_session(f.family.session).empty());
}

// Issue #16, item 9: the approved adults who are there are not turned away with the stranger.
TEST_CASE("someone not on the agreement: staff are alerted once, and the approved adults carry on checking in") {
    FamilyFixture f;
    f.on_time();
    f.enter_check_in_code("KT4MPX");
    f.tap("Someone else is with me");
    REQUIRE(f.app.family().step() == FamilyStep::Attendees);
    const std::string told = f.text();
    CHECK_THAT(told, ContainsSubstring("A member of staff has been told and will come to meet them."));
    CHECK_THAT(told, ContainsSubstring("Only the people named above can check in here."));
    CHECK_FALSE(f.h.has_item("Someone else is with me"));  // gone: it cannot alert twice
    auto alerts = store::AlertRepository{f.store.db}.open_alerts();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == core::AlertKind::AttendeeNotApproved);
    CHECK(alerts[0].session_id == f.family.session);
    CHECK(outbox_of_kind(f.store.db, "alert").at(0).fast_lane);

    // Mum is on the agreement: she goes on to the agreement and checks in as usual.
    f.tap("Mum — Sarah");
    f.tap("Continue");
    CHECK(f.app.family().step() == FamilyStep::Agreement);
    f.tap("I understand and agree");
    f.sign();
    f.tap("Done");
    CHECK(store::CheckInRepository{f.store.db}.for_session(f.family.session).size() == 1);
    CHECK(store::AlertRepository{f.store.db}.open_alerts().size() == 1);
}

TEST_CASE("nobody is checked in twice") {
    FamilyFixture f;
    check_in_to_agreement(f);
    f.tap("I understand and agree");
    f.sign();
    f.tap("Done");
    f.tap("Finish");
    f.tap("Finish");

    f.enter_check_in_code("KT4MPX");
    REQUIRE(f.app.family().step() == FamilyStep::Attendees);
    CHECK_THAT(f.text(), ContainsSubstring("already checked in"));
    f.tap("Mum — Sarah");  // cannot be ticked
    f.tap("Continue");     // so Continue stays off
    CHECK(f.app.family().step() == FamilyStep::Attendees);
    CHECK(store::CheckInRepository{f.store.db}.for_session(f.family.session).size() == 1);
}

TEST_CASE("a database failure during check-in says so calmly and loses nothing already saved") {
    FamilyFixture f;
    f.on_time();
    f.enter_check_in_code("KT4MPX");
    f.tap("Someone else is with me");  // an alert is saved first
    f.tap("Mum — Sarah");
    f.tap("Continue");
    f.tap("I understand and agree");
    f.sign();
    f.store.db.exec("PRAGMA query_only = ON");  // every write now fails, as on a full disk
    f.tap("Done");
    CHECK(f.app.family().step() == FamilyStep::Notice);
    CHECK_THAT(f.text(), ContainsSubstring("Something went wrong — please speak to a member of staff"));
    f.store.db.exec("PRAGMA query_only = OFF");
    CHECK(store::CheckInRepository{f.store.db}.for_session(f.family.session).empty());
    CHECK(store::AlertRepository{f.store.db}.open_alerts().size() == 1);
    CHECK(store::AuditLog::verify(f.store.db).whole);
}

TEST_CASE("a screen left alone for a minute is wiped and the next family starts afresh") {
    FamilyFixture f;
    f.on_time();
    f.tap("Polski");
    f.tap("Dotknij, aby zgłosić przybycie");
    f.type_code("KT4MPX");
    f.tap("Mum — Sarah");
    REQUIRE(f.app.family().step() == FamilyStep::Attendees);
    f.h.advance(59.0);
    f.h.frame(f.draw);
    CHECK(f.app.family().step() == FamilyStep::Attendees);
    REQUIRE(f.app.next_wake().has_value());
    CHECK(*f.app.next_wake() == f.clock.now() + 1s);  // the window wakes itself for the reset
    f.h.advance(1.0);
    f.h.frame(f.draw);
    CHECK(f.app.family().step() == FamilyStep::Attract);
    CHECK(f.app.family().language() == "en");  // back to the terminal's own language
    f.tap("Tap to check in");
    CHECK(f.app.family().code_view().typed.empty());  // nothing left over from the last person
}

TEST_CASE("start again is on every step and keeps the language for the same person") {
    FamilyFixture f;
    f.on_time();
    f.tap("Español");
    f.tap("Toque aquí para registrar su llegada");
    f.type_code("KT4");
    f.tap("Volver a empezar");
    CHECK(f.app.family().step() == FamilyStep::Attract);
    CHECK(f.app.family().language() == "es");
}
