#include "kiosk/app/sync/hub_sign_in_relay.hpp"

#include "kiosk/app/sync/sync_settings.hpp"
#include "sync/client/https_transport.hpp"
#include "sync/client/transport_error.hpp"
#include "sync/protocol/api_version.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/sign_in_attempt.hpp"

namespace kiosk::app {

HubSignInRelay::HubSignInRelay(Config config, std::function<bool()> reachable)
    : config_(std::move(config)), reachable_(std::move(reachable)) {}

HubSignInRelay::~HubSignInRelay() = default;

std::optional<RemoteAttempt> HubSignInRelay::report(const std::string& staff_uuid, bool pin_was_right) {
    if (reachable_ && !reachable_()) return std::nullopt;
    const std::lock_guard lock(mutex_);
    try {
        if (!transport_) {
            const SyncSettings settings = load_sync_settings(config_);
            if (!settings.through_hub) return std::nullopt;  // the social work team's server counts nothing
            sync::Timeouts quick;
            quick.connect = std::chrono::milliseconds{2'000};
            quick.low_speed_time = std::chrono::seconds{3};
            quick.total = std::chrono::seconds{3};
            transport_ = std::make_unique<sync::HttpsTransport>(settings.tls, quick, settings.token);
        }
        const auto response = transport_->post_gzip_json(std::string{sync::kApiPrefix} + "/sign-in-attempts",
                                                         sync::encode_sign_in_attempt(staff_uuid, pin_was_right));
        if (response.status != 200) return std::nullopt;  // 404: the hub does not know the account yet
        const auto answer = sync::decode_sign_in_attempt_answer(response.body, staff_uuid);
        return RemoteAttempt{.accepted = answer.accepted, .counters = answer.counters};
    } catch (const sync::TransportError&) {
        return std::nullopt;
    } catch (const sync::ProtocolError&) {
        return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;  // settings incomplete: count here
    }
}

}  // namespace kiosk::app
