#pragma once
// The shape of each record kind's payload (schema 1), as the device's encoders write it
// (outbox_payload.cpp, record_payload.cpp, transition_payload.cpp, the coordinator's missed
// session notice). The server checks every payload against it, the opened one for a sealed
// record: a field of the wrong type, a missing field or one the schema does not have is refused,
// so nothing the receiving service does not expect, and no free text in a kind that is not
// sealed, is ever stored.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace kiosk::sync {

// Empty when `payload` has the shape of `kind` at `schema`; otherwise one sentence naming the
// kind and field (never a value). Kinds with no schema are refused.
std::string check_payload(std::string_view kind, int schema, const nlohmann::json& payload);

// Whether the kind has a payload schema at all (the kinds a device may send).
bool has_payload_schema(std::string_view kind);

}  // namespace kiosk::sync
