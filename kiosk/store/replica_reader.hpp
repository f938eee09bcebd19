#pragma once
// Reads the venue's entities from this device's tables in their travelling form (core/replica.hpp):
// every row and every reference by UUID. The sync worker builds each pending snapshot with it
// (the replication journal names kind and local id), and the services build the payload of each
// record they queue with it, inside the transaction that wrote the row.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/replica.hpp"

namespace kiosk::store {

class Database;

class ReplicaReader {
public:
    // `this_device`: the device id a draft written here is owned by (its owner_device is '').
    explicit ReplicaReader(Database& db, std::string this_device = {}) : db_(db), this_device_(std::move(this_device)) {}

    // The current state of a journal entry (kind as the v14 triggers write it). Nothing when the
    // row is gone, or no longer travels as a snapshot (a draft that became final, a draft this
    // device does not own).
    std::optional<core::replica::Entity> snapshot(std::string_view kind, core::Id id);

    std::optional<core::replica::Venue> venue(core::Id id);
    std::optional<core::replica::Room> room(core::Id id);
    std::optional<core::replica::Staff> staff(core::Id id);
    std::optional<core::replica::Child> child(core::Id id);
    std::optional<core::replica::Adult> adult(core::Id id);
    std::optional<core::replica::Referral> referral(core::Id id);
    std::optional<core::replica::RiskAssessment> risk_assessment(core::Id id);
    std::optional<core::replica::Agreement> agreement(core::Id id);
    std::optional<core::replica::AgreementVersion> agreement_version(core::Id id);
    std::optional<core::replica::Booking> booking(core::Id id);
    std::optional<core::replica::AlertAcknowledgement> acknowledgement(core::Id alert_id);
    std::optional<core::replica::Placement> placement(core::Id id);
    std::optional<core::replica::ComfortCallState> comfort_call(core::Id id);
    std::optional<core::replica::IcebreakerState> icebreaker(core::Id id);
    std::optional<core::replica::CaseFlag> case_flag(core::Id id);
    std::optional<core::replica::RecordDraft> draft(core::Id record_id);

    // Records, as the outbox sends them.
    std::optional<core::replica::CheckIn> check_in(core::Id id);
    std::optional<core::replica::Feedback> feedback(core::Id id);
    std::optional<core::replica::Alert> alert(core::Id id);
    std::optional<core::replica::Concern> concern(core::Id id);
    std::optional<core::replica::FinalRecord> final_record(core::Id record_id);
    std::optional<core::replica::Addendum> addendum(core::Id id);
    std::optional<core::replica::Review> review(core::Id record_id);
    std::optional<core::replica::ComfortCallRecord> comfort_call_record(core::Id id);
    std::optional<core::replica::IcebreakerRecord> icebreaker_record(core::Id id);
    std::optional<core::replica::MissedSessionNotice> missed_session_notice(core::Id missed_id,
                                                                            core::Timestamp send_after);
    // The coordinator's week (replica_reader_week.cpp). A session change made because its
    // referral was closed names that referral.
    std::optional<core::replica::RecordHandover> handover(core::Id id);
    std::optional<core::replica::SessionChange> session_change(core::Id id,
                                                               std::optional<core::Id> closed_referral = std::nullopt);
    std::optional<core::replica::ReferralClosure> referral_closure(core::Id referral_id);
    std::vector<core::replica::RecordWriter> writers(core::Id record_id);
    // Issue #16 (replica_reader_contact.cpp): a life-story note and a decided letterbox item as
    // records, a letterbox arrangement as a snapshot.
    std::optional<core::replica::LifeStoryNote> life_story_note(core::Id id);
    std::optional<core::replica::LetterboxArrangement> letterbox_arrangement(core::Id id);
    std::optional<core::replica::LetterboxItem> letterbox_item(core::Id id);
    // A letterbox item as it was logged, waiting for a worker (its journal snapshot, schema v24):
    // the decision, once made, travels only as the record above.
    std::optional<core::replica::LetterboxItem> letterbox_item_as_logged(core::Id id);
    // Who joined, left or dropped off a call (a journal snapshot, schema v23).
    std::optional<core::replica::CallEvent> call_event(core::Id id);

private:
    Database& db_;
    std::string this_device_;
};

}  // namespace kiosk::store
