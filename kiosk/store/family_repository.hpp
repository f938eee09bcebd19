#pragma once
// Children and the people around them: family adults and carers.
#include <optional>
#include <vector>

#include "kiosk/core/family.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class FamilyRepository {
public:
    explicit FamilyRepository(Database& db) : db_(db) {}

    core::Id add_child(WriteTransaction& tx, const core::Child& child);
    core::Id add_adult(WriteTransaction& tx, const core::FamilyAdult& adult);
    core::Id add_carer(WriteTransaction& tx, const core::Carer& carer);

    std::optional<core::Child> child(core::Id id);
    std::optional<core::FamilyAdult> adult(core::Id id);
    std::vector<core::FamilyAdult> adults_of(core::Id child_id);
    std::vector<core::Carer> carers_of(core::Id child_id);
    // Children who may be this child's brothers and sisters (issue #16): the same parent is
    // recorded for both (a family adult of the same first name, surname and relationship).
    // The coordinator confirms by ticking; nothing is assumed. At most `limit`, by first name.
    std::vector<core::Child> possible_siblings(core::Id child_id, int limit = 12);

private:
    Database& db_;
};

}  // namespace kiosk::store
