#pragma once
// schema v10 (issue #15, item 7): every word of an agreement in the family's language.
// A rule from the venue's rule library (kind other than 'other') is shown from the catalogs in
// whatever language the family reads, so only its kind matters. A rule of the coordinator's
// own ('other') keeps its words in the language they were written in (`language`; '' for rules
// written before v10, which are taken as the terminal's own language) and may carry a
// translation per language; a family whose language has none is told staff will explain it.
namespace kiosk::store {

inline constexpr const char* kSchemaV10 = R"sql(
ALTER TABLE agreement_rules ADD COLUMN language TEXT NOT NULL DEFAULT '';
CREATE TABLE agreement_rule_translations (
  rule_id  INTEGER NOT NULL REFERENCES agreement_rules(id),
  language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 8),
  text     TEXT NOT NULL,
  PRIMARY KEY (rule_id, language)
) WITHOUT ROWID;
)sql";

}  // namespace kiosk::store
