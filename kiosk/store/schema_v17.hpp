#pragma once
// Schema version 17 (issue #16, item 10): the family's language needs on the referral, as the
// social worker gives them: the preferred language (ISO 639-1, '' when not given) and whether
// an interpreter is needed. Self-contained: the lead renumbers migrations at merge.
namespace kiosk::store {

inline constexpr const char* kSchemaV17 = R"sql(
ALTER TABLE referrals ADD COLUMN preferred_language TEXT NOT NULL DEFAULT ''
  CHECK (length(preferred_language) <= 8);
ALTER TABLE referrals ADD COLUMN interpreter_needed INTEGER NOT NULL DEFAULT 0
  CHECK (interpreter_needed IN (0, 1));
)sql";

}  // namespace kiosk::store
