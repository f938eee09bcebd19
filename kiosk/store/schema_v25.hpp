#pragma once
// schema v25 (issue #16, item 10, in the venue): the family's language needs as the venue hub
// sends them with the child, for the devices that hold no referral. The lobby is never sent a
// referral (privacy), so without a copy on the child it could not start in the family's
// language, nor a tablet's board show it. On a device that holds referrals they decide
// (store/language_needs_query); this copy is what the hub derived from them. A lobby is sent
// the language only, so its interpreter_needed stays 0.
namespace kiosk::store {

inline constexpr const char* kSchemaV25 = R"sql(
ALTER TABLE children ADD COLUMN preferred_language TEXT NOT NULL DEFAULT ''
  CHECK (length(preferred_language) <= 8);
ALTER TABLE children ADD COLUMN interpreter_needed INTEGER NOT NULL DEFAULT 0
  CHECK (interpreter_needed IN (0, 1));
)sql";

}  // namespace kiosk::store
