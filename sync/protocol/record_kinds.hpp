#pragma once
// The kinds of record a device pushes (docs/sync-api.md). A server rejects any other kind
// with a reason rather than storing something no one will read.
#include <string_view>

namespace kiosk::sync {

bool is_known_record_kind(std::string_view kind);

}  // namespace kiosk::sync
