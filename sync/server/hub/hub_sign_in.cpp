// HubStore: sign-in attempts counted at the hub (docs/sync-api.md, "Sign-in attempts"), so that
// ten wrong PINs across a venue's tablets lock the account on all of them. The counters are the
// staff entity's own: an attempt the hub accepts changes the account's snapshot, which goes out
// to every device in the feed like any other change.
#include "kiosk/core/merge_rules.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "sync/server/hub/entity_writer.hpp"
#include "sync/server/hub/hub_store.hpp"
#include "sync/server/server_sql.hpp"

namespace kiosk::sync::server::hub {

std::optional<HubStore::SignInResult> HubStore::sign_in(const std::string& staff_uuid, bool pin_was_right,
                                                       core::Timestamp now, const core::SignInPolicy& policy) {
    const std::lock_guard lock(mutex_);
    return sql::in_transaction(db_, [&]() -> std::optional<SignInResult> {
        EntityWriter writer(db_, core::to_unix(now));
        const auto held = writer.data("staff", staff_uuid);
        if (!held) return std::nullopt;
        auto staff = std::get<core::replica::Staff>(decode_entity("staff", *held, "held"));
        const core::merge::AttemptAnswer attempt =
            core::merge::apply_sign_in_attempt(staff.counters.value_or(core::SignInCounters{}), pin_was_right, now, policy);
        if (attempt.accepted) {
            staff.counters = attempt.counters;
            nlohmann::json data = *held;
            const nlohmann::json merged = to_json(core::replica::Entity{staff});
            for (const auto& [name, value] : merged.items()) data[name] = value;
            writer.write(EntityWrite{.kind = "staff", .key = staff_uuid, .data = data, .audience = {}, .audit_action = {}},
                         std::nullopt);
            writer.finish();
        }
        return SignInResult{attempt, writer.changes() > 0};
    });
}

}  // namespace kiosk::sync::server::hub
