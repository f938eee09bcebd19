#pragma once
// Applies what the hub (or the social work team's server) sends to this device's tables, one
// entity at a time, by UUID and through the kind's merge rule (core/merge_rules.hpp). A pulled
// row is found by its UUID, never by an integer id, so it can never land on a different local
// row. Runs inside the page's transaction, which has replication muted (schema v14): nothing
// applied here goes back to the hub as if this device had made it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/replica.hpp"
#include "kiosk/store/uuid_index.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class ReplicaApplier {
public:
    // `this_device`: this device's id, to tell its own drafts from other devices' copies.
    ReplicaApplier(WriteTransaction& tx, std::string this_device);

    // Throws StoreError (Invalid) when the entity refers to a row this device does not hold: a
    // malformed page, rolled back whole with its cursor. A conflict a merge rule settles (a second
    // check-in for the same adult, a draft another device owns) is not an error: the held row
    // stays, and an audit row says so.
    void apply(const core::replica::Entity& entity);

    // Outbox records the upstream is now known to hold (receipts applied so far).
    std::size_t receipts() const { return receipts_; }

private:
    // Each kind's rule; the files replica_apply_*.cpp.
    void apply_one(const core::replica::Venue& v);
    void apply_one(const core::replica::Room& v);
    void apply_one(const core::replica::Staff& v);
    void apply_one(const core::replica::Child& v);
    void apply_one(const core::replica::Adult& v);
    void apply_one(const core::replica::Referral& v);
    void apply_one(const core::replica::RiskAssessment& v);
    void apply_one(const core::replica::Agreement& v);
    void apply_one(const core::replica::AgreementVersion& v);
    void apply_one(const core::replica::Booking& v);
    void apply_one(const core::replica::AlertAcknowledgement& v);
    void apply_one(const core::replica::Placement& v);
    void apply_one(const core::replica::ComfortCallState& v);
    void apply_one(const core::replica::IcebreakerState& v);
    void apply_one(const core::replica::CaseFlag& v);
    void apply_one(const core::replica::RecordDraft& v);
    void apply_one(const core::replica::RecordHandover& v);
    void apply_one(const core::replica::CheckIn& v);
    void apply_one(const core::replica::Feedback& v);
    void apply_one(const core::replica::Alert& v);
    void apply_one(const core::replica::Concern& v);
    void apply_one(const core::replica::FinalRecord& v);
    void apply_one(const core::replica::Addendum& v);
    void apply_one(const core::replica::Review& v);
    void apply_one(const core::replica::ComfortCallRecord& v);
    void apply_one(const core::replica::IcebreakerRecord& v);
    void apply_one(const core::replica::MissedSessionNotice& v);
    void apply_one(const core::replica::SessionChange& v);
    void apply_one(const core::replica::ReferralClosure& v);
    void apply_one(const core::replica::LifeStoryNote& v);
    void apply_one(const core::replica::LetterboxArrangement& v);
    void apply_one(const core::replica::LetterboxItem& v);
    void apply_one(const core::replica::Receipt& v);
    void apply_one(const core::replica::CallEvent& v);

    // The local id of a referenced row; throws (a malformed page) when this device has none.
    core::Id need(Table table, const std::string& uuid, std::string_view from_kind);
    std::optional<core::Id> find(Table table, const std::string& uuid);
    std::optional<core::Id> optional_ref(Table table, const std::optional<std::string>& uuid, std::string_view from_kind);
    // This device changed the entity and has not sent it yet: its own last-writer-wins fields stay.
    bool pending(std::string_view kind, core::Id id);
    // The row just inserted came from the hub: its words leave after keep_synced_days (schema v26).
    void note_received(std::string_view kind);
    // A merge rule kept the held row; said in the audit chain, never silently.
    void kept_held(std::string_view kind, core::Id id, std::string_view why);
    void apply_comfort_call(const core::replica::ComfortCallState& v);
    void apply_icebreaker(const core::replica::IcebreakerState& v);
    void write_record_body(core::Id record_id, const std::vector<std::pair<core::RecordSection, std::string>>& sections,
                           const std::vector<core::TimelineEntry>& timeline,
                           const std::vector<core::SiblingSection>& sibling_sections);
    void write_record_writers(core::Id record_id, const std::vector<core::replica::RecordWriter>& writers);

    WriteTransaction& tx_;
    Database& db_;
    UuidIndex uuids_;
    std::string this_device_;
    std::size_t receipts_ = 0;
};

}  // namespace kiosk::store
