#include "kiosk/store/pull_apply_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/device_state_repository.hpp"
#include "kiosk/store/replica_applier.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {
namespace {
constexpr std::string_view kCursorKey = "sync.pull_cursor";
}  // namespace

AppliedPage PullApplyRepository::apply_page(WriteTransaction& tx, const std::vector<core::replica::Entity>& changes,
                                             const std::string& cursor, const std::string& this_device) {
    tx.mute_replication();
    ReplicaApplier applier(tx, this_device);
    for (const auto& change : changes) applier.apply(change);
    tx.unmute_replication();
    DeviceStateRepository(tx.db()).set(tx, kCursorKey, cursor);
    tx.audit("sync.pulled", "device_state", 0, std::to_string(changes.size()) + " changes, cursor " + cursor);
    return AppliedPage{.changes = changes.size(), .receipts = applier.receipts()};
}

std::optional<std::string> PullApplyRepository::cursor() { return DeviceStateRepository(db_).get(kCursorKey); }

}  // namespace kiosk::store
