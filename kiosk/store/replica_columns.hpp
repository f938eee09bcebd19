#pragma once
// Small readers shared by the replica reader and applier: NULL columns as "none".
#include <optional>
#include <string>

#include "kiosk/core/time.hpp"
#include "kiosk/store/statement.hpp"

namespace kiosk::store::replica_columns {

inline std::optional<core::Timestamp> time_or_none(const Statement& s, int column) {
    if (s.is_null(column)) return std::nullopt;
    return core::from_unix(s.int64(column));
}

inline std::optional<std::string> text_or_none(const Statement& s, int column) {
    if (s.is_null(column)) return std::nullopt;
    return s.text(column);
}

}  // namespace kiosk::store::replica_columns
