#include "kiosk/store/agreement_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
constexpr const char* kVersionColumns =
    "SELECT id, agreement_id, version, effective_from, supervision_level, frequency, session_minutes, "
    "room_id, grace_minutes, recording_timescale_hours, recording_working_days, review_date, "
    "custom_interval_days, leave_gap_minutes FROM agreement_versions ";

core::AgreementVersion read_version(const Statement& s) {
    core::AgreementVersion v;
    v.id = s.int64(0);
    v.agreement_id = s.int64(1);
    v.version = s.integer(2);
    v.effective_from = core::from_unix(s.int64(3));
    v.supervision_level =
        core::parse_supervision_level(s.text(4)).value_or(core::SupervisionLevel::CloselySupervised);
    v.frequency = s.text(5);
    v.session_minutes = s.integer(6);
    v.room_id = s.int64(7);
    v.grace_minutes = s.integer(8);
    v.recording_timescale_hours = s.integer(9);
    v.recording_working_days = s.integer(10);
    v.review_date = s.text(11);
    v.custom_interval_days = s.integer(12);
    v.leave_gap_minutes = s.integer(13);
    return v;
}
}  // namespace

core::Id AgreementRepository::add_agreement(WriteTransaction& tx, const core::Agreement& a) {
    auto insert = tx.db().cached("INSERT INTO agreements (child_id, referral_id, created_at) VALUES (?, ?, ?)");
    insert.bind_all(a.child_id);
    if (a.referral_id != 0) {
        insert.bind(2, a.referral_id);
    } else {
        insert.bind(2, std::nullopt);
    }
    insert.bind(3, core::to_unix(a.created_at)).run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("agreement.created", "agreement", id);
    return id;
}

void add_agreement_rule(Database& db, core::Id version_id, int position, const core::AgreementRule& rule) {
    db.cached("INSERT INTO agreement_rules (agreement_version_id, position, kind, text, language) VALUES (?, ?, ?, ?, ?)")
        .bind_all(version_id, position, rule.kind, rule.text, rule.language)
        .run();
    const core::Id rule_id = db.last_insert_id();
    for (const auto& [language, text] : rule.translations) {
        db.cached("INSERT INTO agreement_rule_translations (rule_id, language, text) VALUES (?, ?, ?)")
            .bind_all(rule_id, language, text)
            .run();
    }
}

void delete_agreement_rules(Database& db, core::Id version_id) {
    db.cached("DELETE FROM agreement_rule_translations WHERE rule_id IN "
              "(SELECT id FROM agreement_rules WHERE agreement_version_id = ?)")
        .bind_all(version_id)
        .run();
    db.cached("DELETE FROM agreement_rules WHERE agreement_version_id = ?").bind_all(version_id).run();
}

namespace {
std::vector<core::AgreementRule> rules_of(Database& db, core::Id version_id) {
    std::vector<core::AgreementRule> rules;
    std::vector<core::Id> ids;
    {
        auto s = db.cached("SELECT id, kind, text, language FROM agreement_rules WHERE agreement_version_id = ? "
                           "ORDER BY position");
        s.bind_all(version_id);
        while (s.step()) {
            ids.push_back(s.int64(0));
            rules.push_back({.kind = s.text(1), .text = s.text(2), .language = s.text(3)});
        }
    }
    for (std::size_t i = 0; i < rules.size(); ++i) {
        auto s = db.cached("SELECT language, text FROM agreement_rule_translations WHERE rule_id = ? ORDER BY language");
        s.bind_all(ids[i]);
        while (s.step()) rules[i].translations[s.text(0)] = s.text(1);
    }
    return rules;
}
}  // namespace

core::Id AgreementRepository::add_version(WriteTransaction& tx, const core::AgreementVersion& v) {
    Database& db = tx.db();
    db.cached("INSERT INTO agreement_versions (agreement_id, version, effective_from, supervision_level, "
              "frequency, session_minutes, room_id, grace_minutes, recording_timescale_hours, "
              "recording_working_days, review_date, custom_interval_days, leave_gap_minutes) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind_all(v.agreement_id, v.version, core::to_unix(v.effective_from),
                  core::to_string(v.supervision_level), v.frequency, v.session_minutes, v.room_id,
                  v.grace_minutes, v.recording_timescale_hours, v.recording_working_days, v.review_date,
                  v.custom_interval_days, v.leave_gap_minutes)
        .run();
    const core::Id id = db.last_insert_id();
    int position = 0;
    for (const auto& rule : v.rules) add_agreement_rule(db, id, position++, rule);
    for (const auto& attendee : v.attendees) {
        db.cached("INSERT INTO approved_attendees (agreement_version_id, adult_id) VALUES (?, ?)")
            .bind_all(id, attendee.adult_id)
            .run();
    }
    for (const auto& plan : v.arrival_plans) {
        db.cached("INSERT INTO agreement_arrival_plans (agreement_version_id, party, arrive_from_minutes_before, "
                  "arrive_until_minutes_before, leave_order) VALUES (?, ?, ?, ?, ?)")
            .bind_all(id, core::to_string(plan.party), plan.arrive_from_minutes_before,
                      plan.arrive_until_minutes_before, plan.leave_order)
            .run();
    }
    write_arrangement(db, id, v.arrangement);
    replace_siblings(db, id, v.siblings);
    tx.audit("agreement_version.created", "agreement_version", id, "version=" + std::to_string(v.version));
    return id;
}

std::optional<core::Agreement> AgreementRepository::agreement(core::Id id) {
    auto s = db_.cached("SELECT id, child_id, coalesce(referral_id, 0), created_at FROM agreements WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return core::Agreement{.id = s.int64(0),
                           .child_id = s.int64(1),
                           .referral_id = s.int64(2),
                           .created_at = core::from_unix(s.int64(3))};
}

std::optional<core::AgreementVersion> AgreementRepository::version(core::Id version_id) {
    std::optional<core::AgreementVersion> found;
    {
        auto s = db_.cached(std::string(kVersionColumns) + "WHERE id = ?");
        s.bind_all(version_id);
        if (!s.step()) return std::nullopt;
        found = read_version(s);
    }
    found->rules = rules_of(db_, version_id);
    auto people = db_.cached(
        "SELECT a.id, a.first_name, a.relationship FROM approved_attendees p "
        "JOIN family_adults a ON a.id = p.adult_id WHERE p.agreement_version_id = ? ORDER BY a.id");
    people.bind_all(version_id);
    while (people.step()) found->attendees.push_back({people.int64(0), people.text(1), people.text(2)});
    auto plans = db_.cached(
        "SELECT party, arrive_from_minutes_before, arrive_until_minutes_before, leave_order "
        "FROM agreement_arrival_plans WHERE agreement_version_id = ? ORDER BY arrive_from_minutes_before DESC");
    plans.bind_all(version_id);
    while (plans.step()) {
        found->arrival_plans.push_back({core::parse_party(plans.text(0)).value_or(core::Party::Family),
                                        plans.integer(1), plans.integer(2), plans.integer(3)});
    }
    found->arrangement = read_arrangement(db_, version_id);
    found->siblings = read_siblings(db_, version_id);
    return found;
}

std::optional<core::Agreement> AgreementRepository::for_child(core::Id child_id) {
    core::Id id = 0;
    {
        auto s = db_.cached("SELECT id FROM agreements WHERE child_id = ? ORDER BY id DESC LIMIT 1");
        s.bind_all(child_id);
        if (!s.step()) return std::nullopt;
        id = s.int64(0);
    }
    return agreement(id);
}

std::optional<core::AgreementVersion> AgreementRepository::latest_version(core::Id agreement_id) {
    core::Id version_id = 0;
    {
        auto s = db_.cached("SELECT id FROM agreement_versions WHERE agreement_id = ? ORDER BY version DESC LIMIT 1");
        s.bind_all(agreement_id);
        if (!s.step()) return std::nullopt;
        version_id = s.int64(0);
    }
    return version(version_id);
}

}  // namespace kiosk::store
