#include "sync/protocol/transition_payload.hpp"

#include <nlohmann/json.hpp>

namespace kiosk::sync {

std::string encode_comfort_call(const core::ComfortCall& call, core::Id child_id) {
    const auto& plan = call.plan;
    const nlohmann::json doc{{"schema", kTransitionPayloadSchema},
                             {"placement_id", call.placement_id},
                             {"child_id", child_id},
                             {"critical_connection", plan.critical_connection},
                             {"platform", plan.platform},
                             {"child_wants_to_say", plan.child_wants_to_say},
                             {"family_wants_to_say", plan.family_wants_to_say},
                             {"urgent_needs", plan.urgent_needs},
                             {"comfort_item_and_routine", plan.comfort_item_and_routine},
                             {"allergies_and_medicines", plan.allergies_and_medicines},
                             {"formula_or_baby_food", plan.formula_or_baby_food},
                             {"nap_and_feeding", plan.nap_and_feeding},
                             {"held_at", core::to_iso8601(call.held_at)},
                             {"participants", call.participants},
                             {"how_it_went", call.how_it_went},
                             {"ended_early", call.ended_early},
                             {"ended_reason", call.ended_reason},
                             {"ended_calmly", call.ended_calmly},
                             {"recorded_by", call.recorded_by}};
    return doc.dump();
}

std::string encode_icebreaker(const core::Icebreaker& meeting, core::Id child_id) {
    const nlohmann::json doc{{"schema", kTransitionPayloadSchema},
                             {"placement_id", meeting.placement_id},
                             {"child_id", child_id},
                             {"virtual_meeting", meeting.virtual_meeting},
                             {"held_at", core::to_iso8601(meeting.held_at)},
                             {"child_took_part", meeting.child_took_part},
                             {"facilitated_by", meeting.facilitated_by},
                             {"attended", meeting.attended},
                             {"other_attendees", meeting.other_attendees},
                             {"routines", meeting.routines},
                             {"needs", meeting.needs},
                             {"culture", meeting.culture},
                             {"recorded_by", meeting.recorded_by}};
    return doc.dump();
}

}  // namespace kiosk::sync
