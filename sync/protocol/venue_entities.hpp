#pragma once
// The wire form of the venue's shared state and of the records that feed it (issue #13;
// docs/sync-api.md "The venue"). One codec per kind serves both directions: a device pushes an
// entity as a record of that kind (POST /records, payload = the encoded entity) and the hub
// serves it back in its feed as {"kind": K, "data": <the same object>}. Every object names its
// own UUID and refers to other rows by theirs (`<name>_uuid`); integer ids never travel.
//
// Payload schema 2: every payload this version writes says {"schema": 2}. Schema 1 (integer ids)
// is still accepted for the record kinds queued before the upgrade (payload_schema.cpp).
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/replica.hpp"

namespace kiosk::sync {

inline constexpr int kVenuePayloadSchema = 2;

// The kind an entity travels as ("booking", "check_in", "alert_acknowledgement", ...).
std::string_view kind_of(const core::replica::Entity& entity);
// The UUID that identifies the entity within its kind: its own, or for an alert
// acknowledgement the alert's (one per alert), for a comfort call or icebreaker record the call's.
const std::string& entity_uuid(const core::replica::Entity& entity);

// {"schema": 2, ...fields} for one entity.
nlohmann::json to_json(const core::replica::Entity& entity);
std::string encode_entity(const core::replica::Entity& entity);  // compact JSON of to_json

// Throws ProtocolError naming the kind and field (never a value). Fields the kind does not have
// are ignored here (payload_schema refuses them on the server); "schema" is not required.
core::replica::Entity decode_entity(std::string_view kind, const nlohmann::json& data, std::string_view context = "pulled");
// The same, noting the name of every top-level field the kind's decoder asks about: what its
// encoder writes (venue_entities_test holds the two lists equal for every kind).
core::replica::Entity decode_entity(std::string_view kind, const nlohmann::json& data, std::string_view context,
                                    std::vector<const char*>& names_read);

// Every kind this codec knows, in the order a feed sends a venue's first state (parents first).
const std::vector<std::string_view>& venue_kinds();
bool is_venue_kind(std::string_view kind);
// Which of them are sealed when an enrolled device sends them: sync::is_sealed_kind
// (record_signature.hpp), the one list.
// Kinds that are records for the social work team (immutable, in the device's outbox) rather
// than snapshots of venue state (the device's replication journal).
bool is_record_kind(std::string_view kind);

}  // namespace kiosk::sync
