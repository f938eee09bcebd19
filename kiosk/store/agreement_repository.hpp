#pragma once
// Contact agreements and their versions, with rules and approved attendees.
#include <optional>
#include <vector>

#include "kiosk/core/agreement.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class AgreementRepository {
public:
    explicit AgreementRepository(Database& db) : db_(db) {}

    core::Id add_agreement(WriteTransaction& tx, const core::Agreement& agreement);
    // Saves a version with its rules and attendees (attendees by adult_id).
    core::Id add_version(WriteTransaction& tx, const core::AgreementVersion& version);

    std::optional<core::Agreement> agreement(core::Id id);
    // A version with its rules in order and its attendees (first name and relationship).
    std::optional<core::AgreementVersion> version(core::Id version_id);
    std::optional<core::AgreementVersion> latest_version(core::Id agreement_id);
    // The child's most recent agreement (schema v2 callers: the coordinator face).
    std::optional<core::Agreement> for_child(core::Id child_id);

private:
    Database& db_;
};

// A version's rules with their languages and translations, written (and replaced, by the sync
// pull) the same way everywhere.
void add_agreement_rule(Database& db, core::Id version_id, int position, const core::AgreementRule& rule);
void delete_agreement_rules(Database& db, core::Id version_id);

// Issue #16 (agreement_arrangement.cpp): how contact happens and who supervises (schema v14),
// and the siblings who come too (schema v13), written and read the same way everywhere.
void write_arrangement(Database& db, core::Id version_id, const core::ContactArrangement& arrangement);
core::ContactArrangement read_arrangement(Database& db, core::Id version_id);
void replace_siblings(Database& db, core::Id version_id, const std::vector<core::SiblingPlan>& siblings);
// In position order, with each sibling's first name.
std::vector<core::SiblingPlan> read_siblings(Database& db, core::Id version_id);

}  // namespace kiosk::store
