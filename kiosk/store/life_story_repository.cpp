#include "kiosk/store/life_story_repository.hpp"

#include "kiosk/store/database.hpp"

namespace kiosk::store {
namespace {
constexpr const char* kColumns =
    "SELECT id, child_id, coalesce(session_id, 0), written_by, at, kind, words, consent_from, kept_at "
    "FROM life_story_notes ";

core::LifeStoryNote read_note(const Statement& s) {
    return core::LifeStoryNote{.id = s.int64(0),
                               .child_id = s.int64(1),
                               .session_id = s.int64(2),
                               .written_by = s.int64(3),
                               .at = core::from_unix(s.int64(4)),
                               .kind = core::parse_life_story_kind(s.text(5)).value_or(core::LifeStoryKind::Other),
                               .words = s.text(6),
                               .consent_from = s.text(7),
                               .kept_at = s.text(8)};
}
}  // namespace

core::Id LifeStoryRepository::add(WriteTransaction& tx, const core::LifeStoryNote& n, const PayloadFor& payload_for) {
    auto insert = tx.db().cached(
        "INSERT INTO life_story_notes (child_id, session_id, written_by, at, kind, words, consent_from, kept_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, n.child_id);
    if (n.session_id != 0) {
        insert.bind(2, n.session_id);
    } else {
        insert.bind(2, std::nullopt);
    }
    insert.bind(3, n.written_by).bind(4, core::to_unix(n.at)).bind(5, core::to_string(n.kind));
    insert.bind(6, n.words).bind(7, n.consent_from).bind(8, n.kept_at).run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("life_story_note.written", "life_story_note", id, std::string(core::to_string(n.kind)));
    tx.enqueue(OutboxMessage{.kind = "life_story_note", .entity_id = id, .payload = payload_for(id)});
    return id;
}

std::optional<core::LifeStoryNote> LifeStoryRepository::find(core::Id id) {
    auto s = db_.cached(std::string(kColumns) + "WHERE id = ?");
    s.bind_all(id);
    if (!s.step()) return std::nullopt;
    return read_note(s);
}

std::vector<core::LifeStoryNote> LifeStoryRepository::of_child(core::Id child_id, int limit) {
    std::vector<core::LifeStoryNote> out;
    auto s = db_.cached(std::string(kColumns) + "WHERE child_id = ? ORDER BY at DESC, id DESC LIMIT ?");
    s.bind_all(child_id, limit);
    while (s.step()) out.push_back(read_note(s));
    return out;
}

}  // namespace kiosk::store
