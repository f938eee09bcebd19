#pragma once
// schema v18 (issue #16, item 7): the comfort call and the icebreaker as DCF policy 25-2 and
// the QPI comfort-call guide describe them.
// - comfort_calls: who was on the call (role keys, "child,parents,carers"), and why a call
//   that had to be ended became untenable (ended_calmly, already there, says whether it was
//   ended calmly). The reason is conversation, so the purge after a sync takes it with the
//   other notes; the index of calls that still have words learns it.
// - icebreakers: who facilitated it (the child's worker and/or the foster care support worker),
//   who attended (role keys) and anyone else in words.
namespace kiosk::store {

inline constexpr const char* kSchemaV18 = R"sql(
ALTER TABLE comfort_calls ADD COLUMN participants TEXT NOT NULL DEFAULT '';
ALTER TABLE comfort_calls ADD COLUMN ended_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE icebreakers ADD COLUMN facilitated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE icebreakers ADD COLUMN attended TEXT NOT NULL DEFAULT '';
ALTER TABLE icebreakers ADD COLUMN other_attendees TEXT NOT NULL DEFAULT '';

DROP INDEX comfort_calls_with_words;
CREATE INDEX comfort_calls_with_words ON comfort_calls(id)
  WHERE critical_connection <> '' OR child_wants_to_say <> '' OR family_wants_to_say <> '' OR how_it_went <> ''
     OR ended_reason <> '';
)sql";

}  // namespace kiosk::store
