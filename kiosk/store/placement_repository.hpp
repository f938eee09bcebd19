#pragma once
// Placements and their first-days meetings: the comfort call and the icebreaker. What they
// learned about the child is read back for the staff face of later sessions.
#include <optional>
#include <vector>

#include "kiosk/core/placement.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class PlacementRepository {
public:
    explicit PlacementRepository(Database& db) : db_(db) {}

    core::Id add(WriteTransaction& tx, const core::Placement& placement);
    std::optional<core::Placement> find(core::Id id);
    // Most recent placement first.
    std::vector<core::Placement> all();

    // Insert or replace the placement's comfort call (plan and, once held, its record).
    core::Id save_comfort_call(WriteTransaction& tx, const core::ComfortCall& call);
    std::optional<core::ComfortCall> comfort_call(core::Id placement_id);
    core::Id save_icebreaker(WriteTransaction& tx, const core::Icebreaker& meeting);
    std::optional<core::Icebreaker> icebreaker(core::Id placement_id);

    // From the child's latest placement; empty fields when nothing was recorded.
    core::TransitionNotes transition_notes(core::Id child_id);

private:
    Database& db_;
};

}  // namespace kiosk::store
