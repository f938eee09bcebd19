#pragma once
// Schema version 3: which library activities a session did, so the lobby can suggest
// something new rather than what this family did in its last few visits.
#include <string_view>

namespace kiosk::store {

inline constexpr std::string_view kSchemaV3 = R"sql(
CREATE TABLE session_activities (
  session_id  INTEGER NOT NULL REFERENCES sessions(id),
  activity_id TEXT NOT NULL,                     -- a key of assets/activities/library.toml
  PRIMARY KEY (session_id, activity_id)
) WITHOUT ROWID;
)sql";

}  // namespace kiosk::store
