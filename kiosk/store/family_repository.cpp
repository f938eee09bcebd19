#include "kiosk/store/family_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
constexpr const char* kAdultColumns =
    "SELECT id, child_id, first_name, surname, relationship FROM family_adults ";

core::FamilyAdult read_adult(const Statement& s) {
    return core::FamilyAdult{.id = s.int64(0),
                             .child_id = s.int64(1),
                             .first_name = s.text(2),
                             .surname = s.text(3),
                             .relationship = s.text(4)};
}
}  // namespace

core::Id FamilyRepository::add_child(WriteTransaction& tx, const core::Child& c) {
    tx.db().cached("INSERT INTO children (first_name, restricted_surname, date_of_birth, needs, "
                   "allergies, medical, restricted_school) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind_all(c.first_name, c.restricted_surname, c.date_of_birth, c.needs, c.allergies, c.medical,
                  c.restricted_school)
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("child.created", "child", id);
    return id;
}

core::Id FamilyRepository::add_adult(WriteTransaction& tx, const core::FamilyAdult& a) {
    tx.db().cached("INSERT INTO family_adults (child_id, first_name, surname, relationship) "
                   "VALUES (?, ?, ?, ?)")
        .bind_all(a.child_id, a.first_name, a.surname, a.relationship)
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("family_adult.created", "family_adult", id);
    return id;
}

core::Id FamilyRepository::add_carer(WriteTransaction& tx, const core::Carer& c) {
    tx.db().cached("INSERT INTO carers (child_id, first_name, restricted_surname, restricted_address, "
                   "phone) VALUES (?, ?, ?, ?, ?)")
        .bind_all(c.child_id, c.first_name, c.restricted_surname, c.restricted_address, c.phone)
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("carer.created", "carer", id);
    return id;
}

std::optional<core::Child> FamilyRepository::child(core::Id id) {
    auto s = db_.cached("SELECT id, first_name, restricted_surname, date_of_birth, needs, allergies, "
                         "medical, restricted_school FROM children WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return core::Child{.id = s.int64(0),
                       .first_name = s.text(1),
                       .restricted_surname = s.text(2),
                       .date_of_birth = s.text(3),
                       .needs = s.text(4),
                       .allergies = s.text(5),
                       .medical = s.text(6),
                       .restricted_school = s.text(7)};
}

std::optional<core::FamilyAdult> FamilyRepository::adult(core::Id id) {
    auto s = db_.cached(std::string(kAdultColumns) + "WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return read_adult(s);
}

std::vector<core::FamilyAdult> FamilyRepository::adults_of(core::Id child_id) {
    std::vector<core::FamilyAdult> out;
    auto s = db_.cached(std::string(kAdultColumns) + "WHERE child_id = ? ORDER BY id");
    s.bind_all(child_id);
    while (s.step()) out.push_back(read_adult(s));
    return out;
}

std::vector<core::Child> FamilyRepository::possible_siblings(core::Id child_id, int limit) {
    std::vector<core::Child> out;
    // family_adults_by_name (schema v13) keeps this an index lookup per parent.
    auto s = db_.cached(
        "SELECT DISTINCT c.id, c.first_name, c.date_of_birth FROM family_adults mine "
        "JOIN family_adults theirs ON theirs.surname = mine.surname AND theirs.first_name = mine.first_name "
        "AND theirs.relationship = mine.relationship AND theirs.child_id <> mine.child_id "
        "JOIN children c ON c.id = theirs.child_id "
        "WHERE mine.child_id = ? AND mine.surname <> '' ORDER BY c.first_name, c.id LIMIT ?");
    s.bind_all(child_id, limit);
    while (s.step()) {
        core::Child c;
        c.id = s.int64(0);
        c.first_name = s.text(1);
        c.date_of_birth = s.text(2);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<core::Carer> FamilyRepository::carers_of(core::Id child_id) {
    std::vector<core::Carer> out;
    auto s = db_.cached("SELECT id, child_id, first_name, restricted_surname, restricted_address, phone "
                         "FROM carers WHERE child_id = ? ORDER BY id");
    s.bind_all(child_id);
    while (s.step()) {
        out.push_back(core::Carer{.id = s.int64(0),
                                  .child_id = s.int64(1),
                                  .first_name = s.text(2),
                                  .restricted_surname = s.text(3),
                                  .restricted_address = s.text(4),
                                  .phone = s.text(5)});
    }
    return out;
}

}  // namespace kiosk::store
