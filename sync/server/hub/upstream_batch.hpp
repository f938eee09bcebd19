#pragma once
// A push batch of the hub's queued messages for the upstream, as an enrolled device sends one
// (docs/sync-api.md, "Signed and sealed records"): each record under its original uuid, kind,
// schema and time, in the hub's name, its payload sealed again (to the upstream's key) when its
// kind is sealed, and signed with the hub's key; the batch's audit head and anchor are rows of
// the hub's forward chain, signed too.
#include <optional>
#include <vector>

#include "sync/client/sync_client.hpp"
#include "sync/server/hub/hub_identity.hpp"
#include "sync/server/hub/hub_store.hpp"

namespace kiosk::sync::server::hub {

PreparedPush build_upstream_batch(const HubIdentity& identity, const std::vector<ForwardItem>& items,
                                  const std::optional<ChainHead>& head, const std::optional<ChainHead>& anchor);

}  // namespace kiosk::sync::server::hub
