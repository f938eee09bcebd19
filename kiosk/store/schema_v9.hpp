#pragma once
// schema v9 (issue #16, item 6): the venue's public holidays, so that a recording timescale in
// working days skips them. The list comes from assets/holidays/<region>.toml, chosen by
// [venue] holidays in the configuration and written here when the program starts
// (app::install_holidays); every due-date rule reads it from the store, so the tablet, the
// lobby and the coordinator's PC count the same days without passing a calendar around.
namespace kiosk::store {

inline constexpr const char* kSchemaV9 = R"sql(
CREATE TABLE holiday_calendar (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  region     TEXT NOT NULL,      -- the file's name without .toml, e.g. 'england-and-wales'
  name       TEXT NOT NULL,      -- 'England and Wales'
  first_year INTEGER NOT NULL,   -- the years the list is complete for
  last_year  INTEGER NOT NULL
);
CREATE TABLE public_holidays (
  day  TEXT PRIMARY KEY,         -- YYYY-MM-DD, venue-local
  name TEXT NOT NULL
) WITHOUT ROWID;
)sql";

}  // namespace kiosk::store
