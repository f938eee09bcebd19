#pragma once
// Payloads for the staff face's outbox messages: final observation records, their addenda
// and reviews, and safeguarding concerns (the fast lane). Same style as outbox_payload.hpp.
#include <string>

#include "kiosk/core/observation_record.hpp"
#include "kiosk/core/safeguarding.hpp"

namespace kiosk::sync {

std::string encode_observation_record(const core::ObservationRecord& record);
std::string encode_addendum(core::Id record_id, const core::Addendum& addendum);
std::string encode_review(core::Id record_id, const core::RecordReview& review);
std::string encode_concern(const core::Concern& concern);

}  // namespace kiosk::sync
