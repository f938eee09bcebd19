#pragma once
// The record kinds' decoders, for decode_entity (venue_entities_decode.cpp) alone: each reads one
// kind's fields from `f`, throwing ProtocolError that names the kind and the field.
#include "kiosk/core/replica.hpp"
#include "sync/protocol/json_fields.hpp"

namespace kiosk::sync::record_decode {

core::replica::ComfortCallState comfort_call(const JsonFields& f, bool record);
core::replica::IcebreakerState icebreaker(const JsonFields& f, bool record);
core::replica::CaseFlag case_flag(const JsonFields& f);
core::replica::RecordDraft record_draft(const JsonFields& f);
core::replica::RecordHandover handover(const JsonFields& f);
core::replica::CheckIn check_in(const JsonFields& f);
core::replica::Feedback feedback(const JsonFields& f);
core::replica::Alert alert(const JsonFields& f);
core::replica::Concern concern(const JsonFields& f);
core::replica::FinalRecord final_record(const JsonFields& f);
core::replica::Addendum addendum(const JsonFields& f);
core::replica::Review review(const JsonFields& f);
core::replica::MissedSessionNotice missed_session_notice(const JsonFields& f);
core::replica::SessionChange session_change(const JsonFields& f, bool moved);
core::replica::ReferralClosure referral_closure(const JsonFields& f);
core::replica::LifeStoryNote life_story_note(const JsonFields& f);
core::replica::LetterboxArrangement letterbox_arrangement(const JsonFields& f);
core::replica::LetterboxItem letterbox_item(const JsonFields& f);
core::replica::CallEvent call_event(const JsonFields& f);

}  // namespace kiosk::sync::record_decode
