#include "kiosk/store/record_search_query.hpp"

#include <limits>

#include "kiosk/store/database.hpp"

namespace kiosk::store {
namespace {
// LIKE treats % and _ as wildcards; a name typed with them means the characters themselves.
std::string like_prefix(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}
}  // namespace

std::vector<RecordFound> find_records(Database& db, const RecordSearch& search) {
    std::vector<RecordFound> out;
    auto s = db.cached(
        "SELECT r.id, s.id, c.first_name, st.display_name, s.starts_at, r.state = 'final', "
        "       EXISTS (SELECT 1 FROM record_reviews rv WHERE rv.record_id = r.id) "
        "FROM observation_records r JOIN sessions s ON s.id = r.session_id "
        "JOIN children c ON c.id = s.child_id JOIN staff st ON st.id = r.author_id "
        "WHERE c.first_name LIKE ? ESCAPE '\\' AND s.starts_at >= ? AND s.starts_at < ? "
        "ORDER BY s.starts_at DESC, r.id DESC LIMIT ?");
    s.bind_all(like_prefix(search.child_name),
               search.from ? core::to_unix(*search.from) : std::numeric_limits<std::int64_t>::min(),
               search.to ? core::to_unix(*search.to) : std::numeric_limits<std::int64_t>::max(), search.limit);
    while (s.step()) {
        out.push_back({s.int64(0), s.int64(1), s.text(2), s.text(3), core::from_unix(s.int64(4)), s.int64(5) != 0,
                       s.int64(6) != 0});
    }
    return out;
}

}  // namespace kiosk::store
