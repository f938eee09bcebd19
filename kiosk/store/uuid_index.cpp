#include "kiosk/store/uuid_index.hpp"

#include <array>

#include "kiosk/store/database.hpp"

namespace kiosk::store {
namespace {
constexpr std::array<std::string_view, 28> kTables{
    "venues",  "rooms",    "staff",           "children",        "family_adults", "referrals",
    "risk_assessments", "agreements", "agreement_versions", "sessions", "check_ins", "observation_records",
    "record_addenda", "record_reviews", "feedback", "alerts", "concerns", "placements", "comfort_calls",
    "icebreakers", "missed_sessions", "case_flags", "record_handovers", "session_changes",
    "life_story_notes", "letterbox_arrangements", "letterbox_items", "call_events"};
}  // namespace

std::string_view table_name(Table table) { return kTables.at(static_cast<std::size_t>(table)); }

std::string UuidIndex::uuid_of(Table table, core::Id id) { return optional_uuid_of(table, id).value_or(""); }

std::optional<std::string> UuidIndex::optional_uuid_of(Table table, core::Id id) {
    if (id == 0) return std::nullopt;
    auto s = db_.cached("SELECT uuid FROM " + std::string(table_name(table)) + " WHERE rowid = ?");
    s.bind_all(id);
    if (!s.step() || s.is_null(0)) return std::nullopt;
    return s.text(0);
}

std::optional<core::Id> UuidIndex::id_of(Table table, std::string_view uuid) {
    auto s = db_.cached("SELECT rowid FROM " + std::string(table_name(table)) + " WHERE uuid = ?");
    s.bind_all(uuid);
    if (!s.step()) return std::nullopt;
    return s.int64(0);
}

}  // namespace kiosk::store
