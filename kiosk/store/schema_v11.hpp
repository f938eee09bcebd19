#pragma once
// schema v11 (issue #15, item 7): a worker's own language for the staff face ('' = the
// terminal's language from the configuration), chosen on the staff board and kept here so it
// follows the worker to any tablet of the venue.
namespace kiosk::store {

inline constexpr const char* kSchemaV11 = R"sql(
ALTER TABLE staff ADD COLUMN language TEXT NOT NULL DEFAULT '';
)sql";

}  // namespace kiosk::store
