#include "kiosk/store/letterbox_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/store_error.hpp"

namespace kiosk::store {
namespace {

constexpr const char* kArrangementColumns =
    "SELECT id, child_id, direction, with_whom, every_months, first_due, active FROM letterbox_arrangements ";
constexpr const char* kItemColumns =
    "SELECT id, child_id, coalesce(arrangement_id, 0), direction, kind, from_whom, description, received_at, logged_by, "
    "decision, checks_passed, reason, coalesce(checked_by, 0), decided_at FROM letterbox_items ";

core::LetterboxArrangement read_arrangement(const Statement& s) {
    return core::LetterboxArrangement{
        .id = s.int64(0), .child_id = s.int64(1),
        .direction = core::parse_letterbox_direction(s.text(2)).value_or(core::LetterboxDirection::ToChild),
        .with_whom = s.text(3), .every_months = s.integer(4), .first_due = s.text(5), .active = s.int64(6) != 0};
}

std::string join_checks(const std::vector<core::LetterboxCheck>& checks) {
    std::string out;
    for (const auto c : checks) out += (out.empty() ? "" : ",") + std::string(core::to_string(c));
    return out;
}

std::vector<core::LetterboxCheck> split_checks(const std::string& text) {
    std::vector<core::LetterboxCheck> out;
    for (const auto check : core::letterbox_checks()) {
        const std::string name{core::to_string(check)};
        if (("," + text + ",").find("," + name + ",") != std::string::npos) out.push_back(check);
    }
    return out;
}

core::LetterboxItem read_item(const Statement& s) {
    core::LetterboxItem i;
    i.id = s.int64(0);
    i.child_id = s.int64(1);
    i.arrangement_id = s.int64(2);
    i.direction = core::parse_letterbox_direction(s.text(3)).value_or(core::LetterboxDirection::ToChild);
    i.kind = core::parse_letterbox_item_kind(s.text(4)).value_or(core::LetterboxItemKind::Other);
    i.from_whom = s.text(5);
    i.description = s.text(6);
    i.received_at = core::from_unix(s.int64(7));
    i.logged_by = s.int64(8);
    i.decision = core::parse_letterbox_decision(s.text(9)).value_or(core::LetterboxDecision::Waiting);
    i.checks_passed = split_checks(s.text(10));
    i.reason = s.text(11);
    i.checked_by = s.int64(12);
    if (!s.is_null(13)) i.decided_at = core::from_unix(s.int64(13));
    return i;
}

}  // namespace

core::Id LetterboxRepository::save_arrangement(WriteTransaction& tx, const core::LetterboxArrangement& a) {
    if (a.id == 0) {
        tx.db()
            .cached("INSERT INTO letterbox_arrangements (child_id, direction, with_whom, every_months, first_due, active) "
                    "VALUES (?, ?, ?, ?, ?, ?)")
            .bind_all(a.child_id, core::to_string(a.direction), a.with_whom, a.every_months, a.first_due, a.active)
            .run();
        const core::Id id = tx.db().last_insert_id();
        tx.audit("letterbox.arrangement_added", "letterbox_arrangement", id);
        return id;
    }
    tx.db()
        .cached("UPDATE letterbox_arrangements SET direction = ?, with_whom = ?, every_months = ?, first_due = ?, "
                "active = ? WHERE id = ?")
        .bind_all(core::to_string(a.direction), a.with_whom, a.every_months, a.first_due, a.active, a.id)
        .run();
    if (tx.db().changes() != 1) throw StoreError(StoreErrorKind::NotFound, "no such letterbox arrangement");
    tx.audit("letterbox.arrangement_changed", "letterbox_arrangement", a.id);
    return a.id;
}

std::optional<core::LetterboxArrangement> LetterboxRepository::arrangement(core::Id id) {
    auto s = db_.cached(std::string(kArrangementColumns) + "WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return read_arrangement(s);
}

std::vector<core::LetterboxArrangement> LetterboxRepository::arrangements_of_child(core::Id child_id) {
    std::vector<core::LetterboxArrangement> out;
    auto s = db_.cached(std::string(kArrangementColumns) + "WHERE child_id = ? ORDER BY id");
    s.bind_all(child_id);
    while (s.step()) out.push_back(read_arrangement(s));
    return out;
}

std::vector<core::LetterboxArrangement> LetterboxRepository::active_arrangements() {
    std::vector<core::LetterboxArrangement> out;
    auto s = db_.cached(std::string(kArrangementColumns) + "WHERE active = 1 ORDER BY id");
    while (s.step()) out.push_back(read_arrangement(s));
    return out;
}

std::vector<std::string> LetterboxRepository::received_dates(core::Id arrangement_id, const std::string& time_zone) {
    std::vector<std::string> out;
    auto s = db_.cached("SELECT received_at FROM letterbox_items WHERE arrangement_id = ? ORDER BY received_at");
    s.bind_all(arrangement_id);
    while (s.step()) out.push_back(core::local_date(core::from_unix(s.int64(0)), time_zone));
    return out;
}

core::Id LetterboxRepository::log_item(WriteTransaction& tx, const core::LetterboxItem& i) {
    auto insert = tx.db().cached(
        "INSERT INTO letterbox_items (child_id, arrangement_id, direction, kind, from_whom, description, received_at, "
        "logged_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, i.child_id);
    if (i.arrangement_id != 0) {
        insert.bind(2, i.arrangement_id);
    } else {
        insert.bind(2, std::nullopt);
    }
    insert.bind(3, core::to_string(i.direction)).bind(4, core::to_string(i.kind)).bind(5, i.from_whom);
    insert.bind(6, i.description).bind(7, core::to_unix(i.received_at)).bind(8, i.logged_by).run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("letterbox.item_logged", "letterbox_item", id, std::string(core::to_string(i.kind)));
    return id;
}

void LetterboxRepository::decide(WriteTransaction& tx, core::Id item_id, core::LetterboxDecision decision,
                                 const std::vector<core::LetterboxCheck>& checks_passed, const std::string& reason,
                                 core::Id checked_by, const PayloadFor& payload_for) {
    tx.db()
        .cached("UPDATE letterbox_items SET decision = ?, checks_passed = ?, reason = ?, checked_by = ?, decided_at = ? "
                "WHERE id = ? AND decision = 'waiting'")
        .bind_all(core::to_string(decision), join_checks(checks_passed), reason, checked_by, core::to_unix(tx.at()),
                  item_id)
        .run();
    if (tx.db().changes() != 1) throw StoreError(StoreErrorKind::Refused, "that letterbox item was decided already");
    tx.audit("letterbox.item_decided", "letterbox_item", item_id, std::string(core::to_string(decision)));
    // The message is named by the item's UUID: a second worker's decision of the same item (made on
    // another device before the first reached it) is then the same message with other content,
    // which the hub refuses. The first decision the hub accepted stands (docs/sync-api.md).
    std::string item_uuid;
    {
        auto s = tx.db().cached("SELECT uuid FROM letterbox_items WHERE id = ?");
        s.bind_all(item_id);
        if (s.step()) item_uuid = s.text(0);
    }
    tx.enqueue(OutboxMessage{.kind = "letterbox_item", .entity_id = item_id, .payload = payload_for(item_id),
                             .uuid = item_uuid.empty() ? std::nullopt : std::optional<std::string>{item_uuid}});
}

std::optional<core::LetterboxItem> LetterboxRepository::item(core::Id id) {
    auto s = db_.cached(std::string(kItemColumns) + "WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return read_item(s);
}

std::vector<core::LetterboxItem> LetterboxRepository::waiting_items() {
    std::vector<core::LetterboxItem> out;
    auto s = db_.cached(std::string(kItemColumns) + "WHERE decision = 'waiting' ORDER BY received_at, id");
    while (s.step()) out.push_back(read_item(s));
    return out;
}

std::vector<core::LetterboxItem> LetterboxRepository::items_of_child(core::Id child_id, int limit) {
    std::vector<core::LetterboxItem> out;
    auto s = db_.cached(std::string(kItemColumns) + "WHERE child_id = ? ORDER BY received_at DESC, id DESC LIMIT ?");
    s.bind_all(child_id, limit);
    while (s.step()) out.push_back(read_item(s));
    return out;
}

std::vector<std::pair<core::Id, std::string>> LetterboxRepository::children_named(const std::string& prefix, int limit) {
    std::vector<std::pair<core::Id, std::string>> out;
    // The prefix is matched with LIKE, so its own % and _ are taken as letters.
    std::string pattern;
    for (const char c : prefix) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    auto s = db_.cached("SELECT c.id, c.first_name FROM children c WHERE c.first_name LIKE ? ESCAPE '\\' "
                        "AND EXISTS (SELECT 1 FROM agreements a WHERE a.child_id = c.id) ORDER BY c.first_name, c.id LIMIT ?");
    s.bind_all(pattern + "%", limit);
    while (s.step()) out.emplace_back(s.int64(0), s.text(1));
    return out;
}

}  // namespace kiosk::store
