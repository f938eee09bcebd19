#include "tests/sync/venue_samples.hpp"

#include <cstdio>

namespace kiosk::testing {
namespace r = core::replica;
using namespace std::chrono_literals;

std::string sample_uuid(int n) {
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
    return text;
}

nlohmann::json sample_agreement_version_change(nlohmann::json rules, nlohmann::json attendee_uuids) {
    const auto u = sample_uuid;
    return {{"kind", "agreement_version"},
            {"data", {{"uuid", u(41)}, {"agreement_uuid", u(40)}, {"version", 1},
                      {"effective_from", "2026-11-02T09:00:00Z"}, {"supervision_level", "supervised"},
                      {"frequency", "weekly"}, {"session_minutes", 60}, {"room_uuid", u(5)},
                      {"grace_minutes", 15}, {"recording_timescale_hours", 24}, {"recording_working_days", 0},
                      {"review_date", "2027-02-01"}, {"rules", std::move(rules)},
                      {"attendee_uuids", std::move(attendee_uuids)}}}};
}

std::vector<r::Entity> venue_samples() {
    const core::Timestamp t = core::from_unix(1'795'000'000);
    const auto u = sample_uuid;
    const core::SignInCounters counters{.failed_attempts = 2, .total_failures = 12, .locked_until = t + 15min,
                                        .last_attempt_at = t, .reset_at = t - 24h};
    r::ComfortCallState call{.uuid = u(40), .placement_uuid = u(39), .urgent_needs = "inhaler",
                             .comfort_item_and_routine = "blue rabbit", .allergies_and_medicines = "peanuts",
                             .formula_or_baby_food = "", .nap_and_feeding = "nap at 1",
                             .critical_connection = "Mum", .platform = "video", .child_wants_to_say = "hello",
                             .family_wants_to_say = "we love you", .how_it_went = "calm", .held = true,
                             .held_at = t, .ended_early = true, .ended_calmly = true, .recorded_by_uuid = u(3),
                             .participants = {"child", "parents", "carers"},
                             .ended_reason = "Mum became too upset to go on"};
    r::IcebreakerState meeting{.uuid = u(41), .placement_uuid = u(39), .virtual_meeting = false, .held = true,
                               .held_at = t, .child_took_part = true, .routines = "bath at 7", .needs = "glasses",
                               .culture = "halal food", .recorded_by_uuid = u(3),
                               .facilitated_by = {"childs_worker", "support_worker"},
                               .attended = {"parents", "carers"}, .other_attendees = "an interpreter"};
    r::AgreementVersion version;
    version.uuid = u(31);
    version.agreement_uuid = u(30);
    version.version = 2;
    version.effective_from = t;
    version.frequency = "weekly";
    version.room_uuid = u(2);
    version.review_date = "2027-02-01";
    version.rules = {{"gifts", "Small gifts only"}, {"other", "Speak English or Polish.", "en", {{"pl", "Mów po angielsku lub po polsku."}}}};
    version.attendee_uuids = {u(11)};
    version.arrival_plans = {{core::Party::Carer, 20, 10, 2}, {core::Party::Family, 10, 0, 1}};
    version.arrangement = core::ContactArrangement{core::ContactMode::Virtual, "whatsapp", core::CallStarter::Carer, "",
                                                   core::SupervisedBy::ConsistentAdult, "Rosa"};
    r::Booking booking;
    booking.uuid = u(50);
    booking.agreement_version_uuid = u(31);
    booking.child_uuid = u(10);
    booking.room_uuid = u(2);
    booking.worker_uuid = u(3);
    booking.starts_at = t;
    booking.visit_code = "KT4MPX";
    booking.state = core::SessionState::EndedEarly;
    booking.arrival_windows = {{core::Party::Family, t - 10min, t, 1}};
    booking.brought_by = "Helen, carer";
    booking.parent_through_at = t + 1min;
    booking.started_at = t + 2min;
    booking.ended_at = t + 40min;
    booking.ended_early_reason = "child_distressed";
    booking.ended_early_words = "";
    booking.parent_arrived_at = t - 5min;
    return {
        r::Venue{u(1), 1, "Riverside", "Europe/London", "1 River St"},
        r::Room{u(2), u(1), "Oak Room", 6, {"table", "books"}},
        r::Staff{u(3), "Jo", core::Role::Worker, true, "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA", counters, t, "pl"},
        r::Child{u(10), "Zephyrine", "2019-04-02", "Quill", "routine", "peanuts", "asthma", "Hill School", "pl", true},
        r::Adult{u(11), u(10), "Sarah", "Mum", "Quill"},
        r::Referral{u(20), u(10), "A. Social Worker", t, core::ReferralStatus::Agreed, "notes", u(1), "pl", true},
        r::RiskAssessment{u(21), u(20), u(3), t, "substance_misuse", "support_network", "mixed", "wants_contact",
                          core::SupervisionLevel::Supervised, core::SupervisionLevel::Supported, "improving"},
        r::Agreement{u(30), u(10), t, u(20)},
        version,
        booking,
        r::AlertAcknowledgement{u(60), u(3), t},
        r::Placement{u(39), u(10), t - 48h, u(4)},
        call,
        meeting,
        r::CaseFlag{u(70), u(10), "missed_run", t, t + 24h, u(4), "Talked it through with Mum"},
        r::RecordDraft{u(80), u(50), u(3), u(3), "tablet-1", t,
                       {{core::RecordSection::Interaction, "They played."}},
                       {{0, t, "arrived", ""}},
                       {{2, core::RecordSection::ChildVoice, "Her brother asked for bubbles."}}},
        r::RecordHandover{u(81), u(80), u(50), u(3), u(5), u(4), t},
        r::CheckIn{u(90), u(50), u(11), core::Party::Family, t, true, 2, true},
        r::Feedback{u(91), u(50), 4, 5, "Lovely", false, t, "2026-11-23", u(1)},
        r::Alert{u(60), core::AlertKind::LateArrival, u(50), t, "Late beyond the grace period"},
        r::Concern{u(92), u(50), u(3), t, core::ConcernSeverity::High, "what was seen"},
        r::FinalRecord{u(80), u(50), u(3), t, {{core::RecordSection::Interaction, "They played."}},
                       {{0, t, "arrived", ""}}, true, "use note", "blake2b:abc", t + 1h, t + 24h,
                       {{"interaction", u(3), t, t + 30min}, {"timeline", u(5), t + 5min, t + 40min}},
                       {{2, core::RecordSection::ChildVoice, "Her brother asked for bubbles."}}},
        r::Addendum{u(93), u(80), u(3), t + 2h, "A correction"},
        r::Review{u(94), u(80), u(4), t + 3h},
        r::ComfortCallRecord{call, u(10)},
        r::IcebreakerRecord{meeting, u(10)},
        r::MissedSessionNotice{u(95), u(50), u(10), t, core::Attendance::NoShow, "Mum", "No answer", u(4), t,
                               t + 20h},
        r::SessionChange{u(84), u(50), u(10), t, "Mum is in hospital", u(4), t - 24h, u(20), std::nullopt, std::nullopt},
        r::SessionChange{u(85), u(50), u(10), t, "The room is flooded", u(4), t - 24h, std::nullopt, u(51), t + 48h},
        r::ReferralClosure{u(20), u(10), "The family moved away", u(4), t + 72h},
        r::LifeStoryNote{u(110), u(10), u(50), u(3), t, core::LifeStoryKind::Photo, "Isla and Mum at the pond",
                         "Mum and the social worker", "Memory box"},
        r::LetterboxArrangement{u(111), u(10), core::LetterboxDirection::ToChild, "Mum", 6, "2026-12-01", true},
        r::LetterboxItem{u(112), u(10), u(111), core::LetterboxDirection::ToChild, core::LetterboxItemKind::Card,
                         "Mum", "A birthday card", t - 48h, u(4), core::LetterboxDecision::Held,
                         {core::LetterboxCheck::NoPromises}, "It names the carers' street", u(4), t},
        // Issue #16 in the venue: a letter still waiting for a worker's check (a journal snapshot),
        // and the moment the family's call dropped.
        r::LetterboxItem{u(114), u(10), std::nullopt, core::LetterboxDirection::FromChild, core::LetterboxItemKind::Photo,
                         "Isla", "A photo of her drawing", t - 2h, u(4), core::LetterboxDecision::Waiting, {}, "", "", {}},
        r::CallEvent{u(113), u(50), t + 10min, core::CallParty::Family, core::CallEventKind::Dropped, u(3)},
        r::Receipt{u(96), {u(97), u(98)}},
    };
}

}  // namespace kiosk::testing
