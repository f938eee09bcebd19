#include "sync/protocol/record_kinds.hpp"

#include "sync/protocol/payload_schema.hpp"

namespace kiosk::sync {

bool is_known_record_kind(std::string_view kind) {
    // A kind is known when its payload has a schema to check it against (payload_schema.cpp).
    // record_addendum and record_review are what the staff face queues (RecordService);
    // "addendum" stays for devices that already sent it under that name. "attendance" and
    // "audit" are reserved: no device sends them yet, so none is taken until it has a schema.
    return has_payload_schema(kind);
}

}  // namespace kiosk::sync
