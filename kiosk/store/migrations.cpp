#include "kiosk/store/migrations.hpp"

#include <array>
#include <string>

#include "kiosk/core/time.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/schema_v1.hpp"
#include "kiosk/store/schema_v2.hpp"
#include "kiosk/store/schema_v3.hpp"
#include "kiosk/store/schema_v4.hpp"
#include "kiosk/store/schema_v5.hpp"
#include "kiosk/store/schema_v6.hpp"
#include "kiosk/store/schema_v7.hpp"
#include "kiosk/store/schema_v8.hpp"
#include "kiosk/store/schema_v9.hpp"
#include "kiosk/store/schema_v10.hpp"
#include "kiosk/store/schema_v11.hpp"
#include "kiosk/store/schema_v12.hpp"
#include "kiosk/store/schema_v13.hpp"
#include "kiosk/store/schema_v14.hpp"
#include "kiosk/store/schema_v15.hpp"
#include "kiosk/store/schema_v16.hpp"
#include "kiosk/store/schema_v17.hpp"
#include "kiosk/store/schema_v18.hpp"
#include "kiosk/store/schema_v19.hpp"
#include "kiosk/store/schema_v20.hpp"
#include "kiosk/store/schema_v21.hpp"
#include "kiosk/store/schema_v22.hpp"
#include "kiosk/store/schema_v23.hpp"
#include "kiosk/store/schema_v24.hpp"
#include "kiosk/store/schema_v25.hpp"
#include "kiosk/store/schema_v26.hpp"
#include "kiosk/store/store_error.hpp"

namespace kiosk::store {
namespace {
constexpr std::array<Migration, 26> kMigrations{{
    {1, "initial schema", kSchemaV1},
    {2, "session control, record signing and review, safeguarding concerns", kSchemaV2},
    {3, "activities done per session", kSchemaV3},
    {4, "coordinator face", kSchemaV4},
    {5, "purge of synced final records", kSchemaV5},
    {6, "purge of synced concerns, check-ins and feedback", kSchemaV6},
    {7, "outbox payloads apart from the queue", kSchemaV7},
    {8, "purge of synced comfort calls and missed-session notices", kSchemaV8},
    {9, "public holidays for working-day timescales", kSchemaV9},
    {10, "agreement rules in the family's language", kSchemaV10},
    {11, "a worker's own language", kSchemaV11},
    {12, "hand-overs, who wrote what, session changes, referral closures, resolved flags", kSchemaV12},
    {13, "global identity: a UUID for every replicated row", kSchemaV13},
    {14, "replication journal, upstream confirmation, staff and draft merge columns", kSchemaV14},
    {15, "siblings in one session", kSchemaV15},
    {16, "virtual and community contact, who supervises, call events", kSchemaV16},
    {17, "the family's language needs on the referral", kSchemaV17},
    {18, "who took part in comfort calls and icebreakers, and why a call was ended", kSchemaV18},
    {19, "when the family arrived, for the arrival watch", kSchemaV19},
    {20, "feedback by venue and week; anonymous feedback keeps no session", kSchemaV20},
    {21, "life-story notes", kSchemaV21},
    {22, "letterbox arrangements and items", kSchemaV22},
    {23, "call events travel between a venue's devices", kSchemaV23},
    {24, "letterbox items waiting for a check travel; the hub's first decision stands", kSchemaV24},
    {25, "the family's language needs on the child, for devices without referrals", kSchemaV25},
    {26, "copies received from the hub lose their words after keep_synced_days too", kSchemaV26},
}};
}  // namespace

std::span<const Migration> all_migrations() { return kMigrations; }

int latest_schema_version() { return kMigrations.back().version; }

void migrate_to(Database& db, int version, core::Timestamp now) {
    const int current = db.schema_version();
    if (current > latest_schema_version()) {
        throw StoreError(StoreErrorKind::NewerSchema,
                         "the database was written by a newer Contact Kiosk (schema v" +
                             std::to_string(current) + ", this build knows up to v" +
                             std::to_string(latest_schema_version()) + "); upgrade this program");
    }
    for (const Migration& migration : kMigrations) {
        if (migration.version <= current || migration.version > version) continue;
        db.exec("BEGIN IMMEDIATE");
        try {
            db.exec(migration.sql);
            db.exec("PRAGMA user_version = " + std::to_string(migration.version));
            AuditLog::append(db, AuditEntry{.at = now,
                                            .actor = "system",
                                            .action = "schema.migrated",
                                            .entity = "schema",
                                            .entity_id = migration.version,
                                            .detail = std::string{migration.name}});
            db.exec("COMMIT");
        } catch (...) {
            db.exec("ROLLBACK");
            throw;
        }
    }
}

void migrate_to_latest(Database& db, core::Timestamp now) {
    migrate_to(db, latest_schema_version(), now);
}

}  // namespace kiosk::store
