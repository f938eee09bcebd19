#pragma once
// The coordinator's desk for observation records: read any record (draft or final) with who
// wrote what, mark a final record reviewed, add an addendum, hand a draft to another worker,
// and find past records by child and day. Review and addenda go through the staff face's
// RecordService, so the rules (second person, final only, append-only) are the same on both faces.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/coordinator/coordinator_context.hpp"
#include "kiosk/core/coordinator_actions.hpp"
#include "kiosk/core/observation_record.hpp"
#include "kiosk/store/record_handover_repository.hpp"
#include "kiosk/store/record_search_query.hpp"

namespace kiosk::app {

struct RecordDesk {
    core::ObservationRecord record;
    core::Id child_id = 0;
    std::string child_first_name;
    core::Timestamp session_start{};
    core::Id holder_id = 0;  // who may write the draft now
    std::vector<store::RecordHandover> handovers;
    std::vector<store::RecordWriter> writers;
    std::optional<core::Timestamp> text_removed_at;  // the text left the device after it was sent
};

std::optional<RecordDesk> load_record_desk(const CoordinatorContext& ctx, core::Id record_id);
// The session's record, if anybody has started one.
std::optional<core::Id> record_of_session(const CoordinatorContext& ctx, core::Id session_id);

// Why a review or addendum was refused, as a stable key for the coordinator's words.
enum class DeskRefusal { None, NotAllowed, BadText, Missing, WrongState };
DeskRefusal mark_record_reviewed(const CoordinatorContext& ctx, core::Id record_id);
DeskRefusal add_record_addendum(const CoordinatorContext& ctx, core::Id record_id, const std::string& text);

// In one transaction: the hand-over row (with its audit row) and a notice for the social work
// team, whose copy of the record will name a signer who is not its author.
std::vector<core::ActionProblem> hand_over_draft(const CoordinatorContext& ctx, core::Id record_id, core::Id to_staff,
                                                 const std::string& reason);

// `day` is empty or YYYY-MM-DD (venue-local); nullopt when it is not a date.
std::optional<std::vector<store::RecordFound>> search_records(const CoordinatorContext& ctx, const std::string& child_name,
                                                              const std::string& day);

}  // namespace kiosk::app
