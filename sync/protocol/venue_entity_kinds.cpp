// What kind a venue entity travels as, and the UUID that names it (venue_entities.hpp): one
// line per kind, beside the encoder (venue_entities_encode.cpp) and the decoder's list of kinds.
#include "sync/protocol/venue_entities.hpp"

namespace kiosk::sync {
namespace {
namespace r = core::replica;

struct KindOf {
    std::string_view operator()(const r::Venue&) const { return "venue"; }
    std::string_view operator()(const r::Room&) const { return "room"; }
    std::string_view operator()(const r::Staff&) const { return "staff"; }
    std::string_view operator()(const r::Child&) const { return "child"; }
    std::string_view operator()(const r::Adult&) const { return "adult"; }
    std::string_view operator()(const r::Referral&) const { return "referral"; }
    std::string_view operator()(const r::RiskAssessment&) const { return "risk_assessment"; }
    std::string_view operator()(const r::Agreement&) const { return "agreement"; }
    std::string_view operator()(const r::AgreementVersion&) const { return "agreement_version"; }
    std::string_view operator()(const r::Booking&) const { return "booking"; }
    std::string_view operator()(const r::AlertAcknowledgement&) const { return "alert_acknowledgement"; }
    std::string_view operator()(const r::Placement&) const { return "placement"; }
    std::string_view operator()(const r::ComfortCallState&) const { return "comfort_call_state"; }
    std::string_view operator()(const r::IcebreakerState&) const { return "icebreaker_state"; }
    std::string_view operator()(const r::CaseFlag&) const { return "case_flag"; }
    std::string_view operator()(const r::RecordDraft&) const { return "record_draft"; }
    std::string_view operator()(const r::RecordHandover&) const { return "record_handover"; }
    std::string_view operator()(const r::CheckIn&) const { return "check_in"; }
    std::string_view operator()(const r::Feedback&) const { return "feedback"; }
    std::string_view operator()(const r::Alert&) const { return "alert"; }
    std::string_view operator()(const r::Concern&) const { return "concern"; }
    std::string_view operator()(const r::FinalRecord&) const { return "observation_record"; }
    std::string_view operator()(const r::Addendum&) const { return "record_addendum"; }
    std::string_view operator()(const r::Review&) const { return "record_review"; }
    std::string_view operator()(const r::ComfortCallRecord&) const { return "comfort_call"; }
    std::string_view operator()(const r::IcebreakerRecord&) const { return "icebreaker"; }
    std::string_view operator()(const r::MissedSessionNotice&) const { return "missed_session_notice"; }
    // A moved session is one that was cancelled and booked again elsewhere: the new booking says so.
    std::string_view operator()(const r::SessionChange& v) const {
        return v.new_session_uuid ? "session_moved" : "session_cancelled";
    }
    std::string_view operator()(const r::ReferralClosure&) const { return "referral_closed"; }
    std::string_view operator()(const r::LifeStoryNote&) const { return "life_story_note"; }
    std::string_view operator()(const r::LetterboxArrangement&) const { return "letterbox_arrangement"; }
    std::string_view operator()(const r::LetterboxItem&) const { return "letterbox_item"; }
    std::string_view operator()(const r::Receipt&) const { return "receipt"; }
    std::string_view operator()(const r::CallEvent&) const { return "call_event"; }
};

struct UuidOf {
    template <class T>
    const std::string& operator()(const T& v) const {
        return v.uuid;
    }
    const std::string& operator()(const r::AlertAcknowledgement& v) const { return v.alert_uuid; }
    const std::string& operator()(const r::ComfortCallRecord& v) const { return v.call.uuid; }
    const std::string& operator()(const r::IcebreakerRecord& v) const { return v.meeting.uuid; }
    const std::string& operator()(const r::ReferralClosure& v) const { return v.referral_uuid; }
};

}  // namespace

std::string_view kind_of(const r::Entity& entity) { return std::visit(KindOf{}, entity); }
const std::string& entity_uuid(const r::Entity& entity) { return std::visit(UuidOf{}, entity); }

}  // namespace kiosk::sync
