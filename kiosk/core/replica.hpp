#pragma once
// The venue's shared state as it travels between devices, the hub and the upstream (issue #13,
// docs/sync-api.md "The venue"): every entity and every reference is a UUID made on the device
// that created the row. Integer ids are a device's own business and never appear here.
// sync/protocol/venue_entities encodes and decodes these; kiosk/store reads them from and applies
// them to a device's tables; the hub keeps them in its own store. kiosk/core/merge_rules says
// how two versions of one entity become one.
//
// Optional fields are absent from a role's scoped feed (a lobby never receives a child's medical
// details or a PIN hash): an absent field leaves what the receiver holds as it is.
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "kiosk/core/agreement.hpp"
#include "kiosk/core/alert.hpp"
#include "kiosk/core/call_events.hpp"
#include "kiosk/core/letterbox.hpp"
#include "kiosk/core/life_story.hpp"
#include "kiosk/core/missed_session.hpp"
#include "kiosk/core/observation_record.hpp"
#include "kiosk/core/referral.hpp"
#include "kiosk/core/safeguarding.hpp"
#include "kiosk/core/scheduling_rules.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/sign_in_policy.hpp"
#include "kiosk/core/staff.hpp"
#include "kiosk/core/supervision.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core::replica {

using Uuid = std::string;  // lower-case 8-4-4-4-12 hex, RFC 4122 version 4

// ---- the venue and its people (snapshots: the current state of a row) ----

struct Venue {
    Uuid uuid;
    std::optional<int> number;  // the venue's number at the social work team's server (enrolment's --venue)
    std::string name;
    std::string time_zone;
    std::optional<std::string> address;
};

struct Room {
    Uuid uuid;
    Uuid venue_uuid;
    std::string name;
    int capacity = 0;
    std::vector<std::string> features;
};

// A staff account. The profile (name, role, active, PIN hash) is newest-wins by
// profile_updated_at; the sign-in counters merge by max within one reset (merge_rules.hpp).
struct Staff {
    Uuid uuid;
    std::string display_name;
    Role role = Role::Worker;
    bool active = true;
    std::optional<std::string> pin_hash;  // Argon2id (crypto_pwhash_str); never sent to a lobby
    std::optional<SignInCounters> counters;
    std::optional<Timestamp> profile_updated_at;
    std::optional<std::string> language;  // the worker's own language for the staff face ('' = the terminal's)
};

struct Child {
    Uuid uuid;
    std::string first_name;
    std::string date_of_birth;  // YYYY-MM-DD
    std::optional<std::string> restricted_surname;
    std::optional<std::string> needs;
    std::optional<std::string> allergies;
    std::optional<std::string> medical;
    std::optional<std::string> restricted_school;
    // Issue #16, item 10: the family's language needs, derived from its referrals where they
    // are held (the coordinator's PC, the venue hub), for the devices that hold no referral.
    // A lobby is sent the language only (it picks the lobby's starting language); a tablet
    // both (the board). Absent: kept as held.
    std::optional<std::string> preferred_language;
    std::optional<bool> interpreter_needed;
};

struct Adult {
    Uuid uuid;
    Uuid child_uuid;
    std::string first_name;
    std::string relationship;
    std::optional<std::string> surname;
};

struct Referral {
    Uuid uuid;
    Uuid child_uuid;
    std::string social_worker;
    Timestamp received_at{};
    ReferralStatus status = ReferralStatus::New;
    std::optional<std::string> social_worker_notes;
    std::optional<Uuid> venue_uuid;  // the centre it was referred to (the upstream's feed)
    // Issue #16: the family's language needs (absent from an older sender: kept as held).
    std::optional<std::string> preferred_language;
    std::optional<bool> interpreter_needed;
};

struct RiskAssessment {
    Uuid uuid;
    Uuid referral_uuid;
    Uuid assessed_by_uuid;  // staff
    Timestamp assessed_at{};
    std::string risk_factors;        // comma-separated factor keys
    std::string protective_factors;  // comma-separated factor keys
    std::string contact_history;
    std::string child_wishes;
    SupervisionLevel recommended_level = SupervisionLevel::Supervised;
    SupervisionLevel chosen_level = SupervisionLevel::Supervised;
    std::string reason_for_lower_level;
};

struct Agreement {
    Uuid uuid;
    Uuid child_uuid;
    Timestamp created_at{};
    std::optional<Uuid> referral_uuid;  // a lobby or tablet receives no referrals
};

// `version` is proposed by the device that made it and allocated by the hub (merge_rules.hpp).
struct AgreementVersion {
    Uuid uuid;
    Uuid agreement_uuid;
    int version = 1;
    Timestamp effective_from{};
    SupervisionLevel supervision_level = SupervisionLevel::Supervised;
    std::string frequency;
    int session_minutes = 60;
    std::optional<Uuid> room_uuid;
    int grace_minutes = 15;
    int recording_timescale_hours = 24;
    int recording_working_days = 0;
    std::string review_date;  // YYYY-MM-DD
    int custom_interval_days = 0;
    int leave_gap_minutes = 10;
    std::vector<AgreementRule> rules;
    std::vector<Uuid> attendee_uuids;  // approved adults
    std::vector<ArrivalPlan> arrival_plans;
    // Issue #16: how contact happens (absent from an older sender: at the venue, by a worker),
    // and the siblings who come too: their UUIDs (positions 2, 3, ... in this order, named by a
    // top-level *_uuids field so the hub sends them first) and each one's carer's plan.
    std::optional<ContactArrangement> arrangement;
    std::vector<Uuid> sibling_uuids;
    std::vector<ArrivalPlan> sibling_carer_plans;  // parallel to sibling_uuids
};

// A session: the booking and what the day has made of it. `visit_code` is proposed by the
// device that booked it and allocated by the hub; `state` merges to the furthest state.
struct Booking {
    Uuid uuid;
    Uuid agreement_version_uuid;
    Uuid child_uuid;
    Uuid room_uuid;
    std::optional<Uuid> worker_uuid;
    Timestamp starts_at{};
    int minutes = 60;
    std::string visit_code;
    SessionState state = SessionState::Booked;
    std::vector<ArrivalWindow> arrival_windows;
    // The day (optional: the upstream's bookings carry none, a lobby is not sent the words).
    std::optional<std::string> brought_by;
    std::optional<Timestamp> parent_through_at;
    std::optional<Timestamp> started_at;
    std::optional<Timestamp> ended_at;
    std::optional<std::string> ended_early_reason;
    std::optional<std::string> ended_early_words;
    // When the family was first seen to arrive (issue #16: the arrival watch on every tablet);
    // absent from a device before it, null when not yet.
    std::optional<Timestamp> parent_arrived_at;
    // Issue #16: the siblings (positions 2, 3, ... in this order), each carer's window and, from
    // the day, when each arrived and who brought them (a lobby is not sent the words).
    std::vector<Uuid> sibling_uuids;
    std::vector<ArrivalWindow> sibling_carer_windows;             // parallel to sibling_uuids
    std::vector<std::optional<Timestamp>> sibling_arrived_at;     // parallel
    std::optional<std::vector<std::string>> sibling_brought_by;   // parallel; absent for a lobby
};

// The first acknowledgement of an alert (the alert itself travels as an `alert` record).
// Keyed by the alert's UUID.
struct AlertAcknowledgement {
    Uuid alert_uuid;
    Uuid acknowledged_by_uuid;
    Timestamp acknowledged_at{};
};

struct Placement {
    Uuid uuid;
    Uuid child_uuid;
    Timestamp placed_at{};
    std::optional<Uuid> owner_uuid;
};

// A placement's comfort call as planned and, once held, as it went. Keyed by the call's UUID.
struct ComfortCallState {
    Uuid uuid;
    Uuid placement_uuid;
    // The carers' checklist: what the staff board shows at later sessions.
    std::string urgent_needs;
    std::string comfort_item_and_routine;
    std::string allergies_and_medicines;
    std::string formula_or_baby_food;
    std::string nap_and_feeding;
    // The conversation (coordinators only; a purged call sends them empty and `words_removed`).
    std::optional<std::string> critical_connection;
    std::optional<std::string> platform;
    std::optional<std::string> child_wants_to_say;
    std::optional<std::string> family_wants_to_say;
    std::optional<std::string> how_it_went;
    bool held = false;
    std::optional<Timestamp> held_at;
    bool ended_early = false;
    bool ended_calmly = true;
    std::optional<Uuid> recorded_by_uuid;
    // Issue #16, item 7: who was on the call (role keys, core/placement.hpp; never names, so they
    // stay when the words are purged), and why a call that became untenable was ended (words).
    std::vector<std::string> participants;
    std::optional<std::string> ended_reason;
};

struct IcebreakerState {
    Uuid uuid;
    Uuid placement_uuid;
    bool virtual_meeting = false;
    bool held = false;
    std::optional<Timestamp> held_at;
    bool child_took_part = false;
    std::string routines;
    std::string needs;
    std::string culture;
    std::optional<Uuid> recorded_by_uuid;
    // Issue #16, item 7: who facilitated (the child's worker and/or the support worker), who
    // attended (role keys) and anyone else in words.
    std::vector<std::string> facilitated_by;
    std::vector<std::string> attended;
    std::string other_attendees;
};

struct CaseFlag {
    Uuid uuid;
    Uuid child_uuid;
    std::string kind;  // "missed_run"
    Timestamp raised_at{};
    std::optional<Timestamp> resolved_at;
    std::optional<Uuid> resolved_by_uuid;   // staff; with resolved_at
    std::optional<std::string> resolution;  // the coordinator's note (free text: the kind is sealed)
};

// A draft observation record, owned by one device at a time (merge_rules.hpp, "drafts").
struct RecordDraft {
    Uuid uuid;
    Uuid session_uuid;
    Uuid author_uuid;
    Uuid holder_uuid;           // who may write it: the author, or the worker it was handed to
    std::string owner_device;   // the device whose copy is the one being written; "" when unclaimed
    Timestamp created_at{};
    std::vector<std::pair<RecordSection, std::string>> sections;
    std::vector<TimelineEntry> timeline;  // ids are not sent
    std::vector<SiblingSection> sibling_sections{};  // a sibling's own parts ("child_voice#2", issue #16)
};

// A coordinator hands a draft to another worker (append-only; a row of the device's
// record_handovers). It travels as a record: the social work team is told, and the hub moves the
// draft. Its reason stays on the device that made it (it may say why someone is off work).
struct RecordHandover {
    Uuid uuid;
    Uuid record_uuid;
    Uuid session_uuid;
    Uuid from_staff_uuid;
    Uuid to_staff_uuid;
    Uuid by_staff_uuid;
    Timestamp at{};
};

// ---- records: immutable, exactly once to the social work team, applied by the hub too ----

// One person's part in a record: a section's name or "timeline" (store: record_writers).
struct RecordWriter {
    std::string part;
    Uuid staff_uuid;
    Timestamp first_at{};
    Timestamp last_at{};
};

struct CheckIn {
    Uuid uuid;
    Uuid session_uuid;
    Uuid adult_uuid;
    Party party = Party::Family;
    Timestamp at{};
    bool agreement_confirmed = false;
    int agreement_version = 0;
    bool signed_agreement = false;  // the finger strokes never leave the device
};

// Issue #16, item 9: anonymous feedback names no session and no time, only its week; named
// feedback names both. The decoder refuses anything else.
struct Feedback {
    Uuid uuid;
    std::optional<Uuid> session_uuid;  // none when anonymous
    int child_face = 0;
    int adult_face = 0;
    std::string comment;
    bool anonymous = false;
    std::optional<Timestamp> at;       // none when anonymous
    std::string week;                  // the venue-local Monday it was given in, YYYY-MM-DD
    std::optional<Uuid> venue_uuid;    // where it was given, when the device knows
};

struct Alert {
    Uuid uuid;
    AlertKind kind = AlertKind::AttendeeNotApproved;
    std::optional<Uuid> session_uuid;
    Timestamp raised_at{};
    std::string detail;
};

struct Concern {
    Uuid uuid;
    std::optional<Uuid> session_uuid;
    Uuid raised_by_uuid;
    Timestamp raised_at{};
    ConcernSeverity severity = ConcernSeverity::Medium;
    std::optional<std::string> text;  // a tablet is told that a concern was raised, not its words
};

struct FinalRecord {
    Uuid uuid;
    Uuid session_uuid;
    Uuid author_uuid;
    Timestamp created_at{};
    std::vector<std::pair<RecordSection, std::string>> sections;
    std::vector<TimelineEntry> timeline;
    bool late_entry = false;
    std::string use_note;
    std::string signature;
    std::optional<Timestamp> finalized_at;
    std::optional<Timestamp> due_at;
    std::vector<RecordWriter> writers;  // who wrote which part (a handed-over record has several)
    std::vector<SiblingSection> sibling_sections{};  // a sibling's own parts (issue #16)
};

struct Addendum {
    Uuid uuid;
    Uuid record_uuid;
    Uuid author_uuid;
    Timestamp at{};
    std::string text;
};

struct Review {
    Uuid uuid;
    Uuid record_uuid;
    Uuid reviewed_by_uuid;
    Timestamp reviewed_at{};
};

// A held comfort call or icebreaker as the social work team receives it.
struct ComfortCallRecord {
    ComfortCallState call;  // held, with every field
    Uuid child_uuid;
};

struct IcebreakerRecord {
    IcebreakerState meeting;
    Uuid child_uuid;
};

struct MissedSessionNotice {
    Uuid uuid;  // the missed session's row
    Uuid session_uuid;
    Uuid child_uuid;
    Timestamp session_starts_at{};
    Attendance kind = Attendance::NoShow;
    std::string who;
    std::string reason;
    Uuid recorded_by_uuid;
    Timestamp recorded_at{};
    Timestamp send_after{};
};

// A booked session cancelled or moved by a coordinator (a row of session_changes), with the
// reason the social work team is told. Travels as "session_cancelled" or "session_moved"; the
// session's own state travels in its booking. No visit code: that is the family's key.
struct SessionChange {
    Uuid uuid;
    Uuid session_uuid;
    Uuid child_uuid;
    Timestamp starts_at{};
    std::string reason;
    Uuid by_staff_uuid;
    Timestamp recorded_at{};
    std::optional<Uuid> closed_referral_uuid;  // cancelled because its referral was closed
    // Moved: the session booked in its place.
    std::optional<Uuid> new_session_uuid;
    std::optional<Timestamp> new_starts_at;
};

// Why and by whom a referral was closed ("referral_closed"; one per referral, keyed by the
// referral's UUID). The referral's status travels in its own snapshot.
struct ReferralClosure {
    Uuid referral_uuid;
    Uuid child_uuid;
    std::string reason;
    Uuid closed_by_uuid;
    Timestamp closed_at{};
};

// ---- issue #16: indirect contact and life-story work ----

// A note for the child's life story or memory box (a record, sealed): written once by a worker.
struct LifeStoryNote {
    Uuid uuid;
    Uuid child_uuid;
    std::optional<Uuid> session_uuid;
    Uuid written_by_uuid;
    Timestamp at{};
    LifeStoryKind kind = LifeStoryKind::ChildsWords;
    std::string words;
    std::string consent_from;
    std::string kept_at;
};

// Who writes to whom and how often (a snapshot, journaled, sealed: it names family members).
struct LetterboxArrangement {
    Uuid uuid;
    Uuid child_uuid;
    LetterboxDirection direction = LetterboxDirection::ToChild;
    std::string with_whom;
    int every_months = 6;
    std::string first_due;  // YYYY-MM-DD
    bool active = true;
};

// A letter, card or photo that came through the service (sealed). Logged, it waits for a worker:
// a journal snapshot with decision Waiting, no checker and no decision time, travels to the
// venue's tablets and PCs so any worker can check it. Decided (forwarded after every check
// passed, or held with the reason), it is a record for the social work team whose message UUID
// is the item's own, so the venue and the upstream store one decision per item.
struct LetterboxItem {
    Uuid uuid;
    Uuid child_uuid;
    std::optional<Uuid> arrangement_uuid;
    LetterboxDirection direction = LetterboxDirection::ToChild;
    LetterboxItemKind kind = LetterboxItemKind::Letter;
    std::string from_whom;
    std::string description;
    Timestamp received_at{};
    Uuid logged_by_uuid;
    LetterboxDecision decision = LetterboxDecision::Forwarded;
    std::vector<LetterboxCheck> checks_passed;
    std::string reason;
    Uuid checked_by_uuid;    // '' while waiting
    Timestamp decided_at{};  // the epoch while waiting
};

// Who joined, left or dropped off a video or phone call (issue #16, item 2): append-only, a
// journal snapshot written once, so a session's calls are seen on every tablet and PC and reach
// the social work team (when a call dropped belongs to the session's record).
struct CallEvent {
    Uuid uuid;
    Uuid session_uuid;
    Timestamp at{};
    CallParty party = CallParty::Family;
    CallEventKind event = CallEventKind::Joined;
    Uuid recorded_by_uuid;
};

// The hub's word that the upstream has these outbox records (their message UUIDs).
struct Receipt {
    Uuid uuid;
    std::vector<Uuid> records;
};

using Entity = std::variant<Venue, Room, Staff, Child, Adult, Referral, RiskAssessment, Agreement, AgreementVersion,
                            Booking, AlertAcknowledgement, Placement, ComfortCallState, IcebreakerState, CaseFlag,
                            RecordDraft, RecordHandover, CheckIn, Feedback, Alert, Concern, FinalRecord, Addendum,
                            Review, ComfortCallRecord, IcebreakerRecord, MissedSessionNotice, SessionChange,
                            ReferralClosure, LifeStoryNote, LetterboxArrangement, LetterboxItem, Receipt, CallEvent>;

}  // namespace kiosk::core::replica
