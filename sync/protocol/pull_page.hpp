#pragma once
// Pull: a page of changes after a cursor (docs/sync-api.md, "Pull"). The device applies a
// page in one transaction with its new cursor, so a page is either all there or not at all.
// Each change is one venue entity ({"kind": K, "data": <its encoding, venue_entities.hpp>}),
// named and referring to others by UUID.
#include <string>
#include <vector>

#include "kiosk/core/replica.hpp"

namespace kiosk::sync {

using PulledChange = core::replica::Entity;

struct PullPage {
    std::vector<PulledChange> changes;
    std::string cursor;  // opaque: where the next page starts
    bool more = false;   // another page follows straight away
};

// Throws ProtocolError naming the first change or field that does not follow the format.
// Nothing is returned from a page that has any fault, so nothing of it is applied.
PullPage decode_pull_page(const std::string& body);

// Server side: one change as it is imported and served ({"kind": ..., "data": {...}}).
// Validates by decoding, so the server never serves what a device would refuse.
void validate_change(const std::string& change_json);
// The change decoded (for a server that needs its fields, e.g. to find its venue).
PulledChange decode_change(const std::string& change_json);
std::string encode_change(const PulledChange& change);
std::string encode_pull_page(const std::vector<std::string>& change_json, const std::string& cursor, bool more);

}  // namespace kiosk::sync
