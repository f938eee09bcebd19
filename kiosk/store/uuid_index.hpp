#pragma once
// A row's UUID from its local id and back (schema v13), for the tables whose rows travel. Local
// ids never leave the device; every message names rows by UUID and the device finds its own.
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/core/ids.hpp"

namespace kiosk::store {

class Database;

enum class Table {
    Venues, Rooms, Staff, Children, Adults, Referrals, RiskAssessments, Agreements, AgreementVersions, Sessions,
    CheckIns, Records, Addenda, Reviews, Feedback, Alerts, Concerns, Placements, ComfortCalls, Icebreakers,
    MissedSessions, CaseFlags, Handovers, SessionChanges,
    LifeStoryNotes, LetterboxArrangements, LetterboxItems,  // issue #16
    CallEvents,  // issue #16, schema v23
};

std::string_view table_name(Table table);

class UuidIndex {
public:
    explicit UuidIndex(Database& db) : db_(db) {}

    // Empty when the row does not exist (or id is 0).
    std::string uuid_of(Table table, core::Id id);
    std::optional<std::string> optional_uuid_of(Table table, core::Id id);
    std::optional<core::Id> id_of(Table table, std::string_view uuid);

private:
    Database& db_;
};

}  // namespace kiosk::store
