#pragma once
// Observation records: drafts saved edit by edit, finalized once, then only addenda.
#include <optional>
#include <string>

#include "kiosk/core/observation_record.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class RecordRepository {
public:
    explicit RecordRepository(Database& db) : db_(db) {}

    core::Id create_draft(WriteTransaction& tx, core::Id session_id, core::Id author_id);
    void save_section(WriteTransaction& tx, core::Id record_id, core::RecordSection section,
                      const std::string& text);
    // A sibling's own part of a shared record ("child_voice#2"; core/siblings.hpp).
    void save_sibling_section(WriteTransaction& tx, core::Id record_id, core::RecordSection section, int position,
                              const std::string& text);
    core::Id add_timeline_entry(WriteTransaction& tx, core::Id record_id, const core::TimelineEntry& entry);
    // What finalizing fixes on the record, all in the one UPDATE that locks it.
    struct FinalStamp {
        std::string signature;
        std::optional<core::Timestamp> due_at;
        bool late_entry = false;
        std::string use_note;
    };
    // Locks the record; the caller has validated it and made the signature.
    void finalize(WriteTransaction& tx, core::Id record_id, const FinalStamp& stamp);
    void finalize(WriteTransaction& tx, core::Id record_id, const std::string& signature) {
        finalize(tx, record_id, FinalStamp{.signature = signature, .due_at = std::nullopt, .late_entry = false, .use_note = {}});
    }
    // A dated correction to a final record (a draft is refused: edit it instead).
    core::Id add_addendum(WriteTransaction& tx, core::Id record_id, const core::Addendum& addendum);
    // A second person has read the final record. Refused for a draft or a second review.
    void mark_reviewed(WriteTransaction& tx, core::Id record_id, core::Id reviewer_id);

    std::optional<core::ObservationRecord> find(core::Id record_id);
    std::optional<core::ObservationRecord> for_session(core::Id session_id);

private:
    void save_section_text(WriteTransaction& tx, core::Id record_id, const std::string& key, const std::string& text);
    Database& db_;
};

}  // namespace kiosk::store
