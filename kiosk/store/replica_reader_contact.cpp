// ReplicaReader: issue #16's records and state. A life-story note and a letterbox item go to the
// social work team as records (sealed); a letterbox arrangement is venue state the coordinators
// share (a journal snapshot).
#include "kiosk/store/database.hpp"
#include "kiosk/store/replica_columns.hpp"
#include "kiosk/store/replica_reader.hpp"

namespace kiosk::store {
namespace r = core::replica;
using replica_columns::text_or_none;

namespace {
std::vector<core::LetterboxCheck> split_checks(const std::string& text) {
    std::vector<core::LetterboxCheck> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const auto one = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (const auto check = core::parse_letterbox_check(one)) out.push_back(*check);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}
}  // namespace

std::optional<r::LifeStoryNote> ReplicaReader::life_story_note(core::Id id) {
    auto s = db_.cached("SELECT n.uuid, c.uuid, se.uuid, w.uuid, n.at, n.kind, n.words, n.consent_from, n.kept_at "
                        "FROM life_story_notes n JOIN children c ON c.id = n.child_id "
                        "LEFT JOIN sessions se ON se.id = n.session_id JOIN staff w ON w.id = n.written_by "
                        "WHERE n.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::LifeStoryNote{.uuid = s.text(0), .child_uuid = s.text(1), .session_uuid = text_or_none(s, 2),
                            .written_by_uuid = s.text(3), .at = core::from_unix(s.int64(4)),
                            .kind = core::parse_life_story_kind(s.text(5)).value_or(core::LifeStoryKind::Other),
                            .words = s.text(6), .consent_from = s.text(7), .kept_at = s.text(8)};
}

std::optional<r::LetterboxArrangement> ReplicaReader::letterbox_arrangement(core::Id id) {
    auto s = db_.cached("SELECT a.uuid, c.uuid, a.direction, a.with_whom, a.every_months, a.first_due, a.active "
                        "FROM letterbox_arrangements a JOIN children c ON c.id = a.child_id WHERE a.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::LetterboxArrangement{
        .uuid = s.text(0), .child_uuid = s.text(1),
        .direction = core::parse_letterbox_direction(s.text(2)).value_or(core::LetterboxDirection::ToChild),
        .with_whom = s.text(3), .every_months = s.integer(4), .first_due = s.text(5), .active = s.int64(6) != 0};
}

std::optional<r::LetterboxItem> ReplicaReader::letterbox_item(core::Id id) {
    auto s = db_.cached(
        "SELECT i.uuid, c.uuid, a.uuid, i.direction, i.kind, i.from_whom, i.description, i.received_at, l.uuid, "
        "i.decision, i.checks_passed, i.reason, k.uuid, i.decided_at FROM letterbox_items i "
        "JOIN children c ON c.id = i.child_id LEFT JOIN letterbox_arrangements a ON a.id = i.arrangement_id "
        "JOIN staff l ON l.id = i.logged_by JOIN staff k ON k.id = i.checked_by "
        "WHERE i.id = ? AND i.decision <> 'waiting'");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::LetterboxItem{
        .uuid = s.text(0), .child_uuid = s.text(1), .arrangement_uuid = text_or_none(s, 2),
        .direction = core::parse_letterbox_direction(s.text(3)).value_or(core::LetterboxDirection::ToChild),
        .kind = core::parse_letterbox_item_kind(s.text(4)).value_or(core::LetterboxItemKind::Other),
        .from_whom = s.text(5), .description = s.text(6), .received_at = core::from_unix(s.int64(7)),
        .logged_by_uuid = s.text(8),
        .decision = core::parse_letterbox_decision(s.text(9)).value_or(core::LetterboxDecision::Held),
        .checks_passed = split_checks(s.text(10)), .reason = s.text(11), .checked_by_uuid = s.text(12),
        .decided_at = core::from_unix(s.int64(13))};
}

std::optional<r::LetterboxItem> ReplicaReader::letterbox_item_as_logged(core::Id id) {
    auto s = db_.cached(
        "SELECT i.uuid, c.uuid, a.uuid, i.direction, i.kind, i.from_whom, i.description, i.received_at, l.uuid "
        "FROM letterbox_items i JOIN children c ON c.id = i.child_id "
        "LEFT JOIN letterbox_arrangements a ON a.id = i.arrangement_id JOIN staff l ON l.id = i.logged_by "
        "WHERE i.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::LetterboxItem{
        .uuid = s.text(0), .child_uuid = s.text(1), .arrangement_uuid = text_or_none(s, 2),
        .direction = core::parse_letterbox_direction(s.text(3)).value_or(core::LetterboxDirection::ToChild),
        .kind = core::parse_letterbox_item_kind(s.text(4)).value_or(core::LetterboxItemKind::Other),
        .from_whom = s.text(5), .description = s.text(6), .received_at = core::from_unix(s.int64(7)),
        .logged_by_uuid = s.text(8), .decision = core::LetterboxDecision::Waiting, .checks_passed = {}, .reason = {},
        .checked_by_uuid = {}, .decided_at = {}};
}

std::optional<r::CallEvent> ReplicaReader::call_event(core::Id id) {
    auto s = db_.cached("SELECT e.uuid, se.uuid, e.at, e.party, e.event, w.uuid FROM call_events e "
                        "JOIN sessions se ON se.id = e.session_id JOIN staff w ON w.id = e.recorded_by WHERE e.id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return r::CallEvent{.uuid = s.text(0), .session_uuid = s.text(1), .at = core::from_unix(s.int64(2)),
                        .party = core::parse_call_party(s.text(3)).value_or(core::CallParty::Family),
                        .event = core::parse_call_event_kind(s.text(4)).value_or(core::CallEventKind::Joined),
                        .recorded_by_uuid = s.text(5)};
}

}  // namespace kiosk::store
