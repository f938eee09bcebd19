#pragma once
// PostgreSQL schema 2 (issue #17): a format-2 batch's signed manifest, once per batch key (a key
// seen again with another manifest is a replay, refused), and on every record it stored, its
// position in the manifest and its salt (sealed records; NULL for plain ones), so a stored record
// can be checked against its device's key later (docs/SECURITY.md, "What a stored record proves").
namespace kiosk::sync::server::pg {

inline constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE batch_manifests (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  enrolment_id bigint NOT NULL REFERENCES enrolments (id),
  batch_key    text NOT NULL UNIQUE,
  manifest     text NOT NULL,
  signature    text NOT NULL,
  received_at  bigint NOT NULL
);
ALTER TABLE records ADD COLUMN manifest_id bigint REFERENCES batch_manifests (id);
ALTER TABLE records ADD COLUMN position integer;
ALTER TABLE records ADD COLUMN salt bytea;
)sql";

}  // namespace kiosk::sync::server::pg
