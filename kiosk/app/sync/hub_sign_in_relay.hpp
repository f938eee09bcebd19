#pragma once
// The venue hub's sign-in count over HTTPS (POST /api/v1/sign-in-attempts), with a short
// deadline: a person is waiting at the PIN pad. Asked only while the sync worker says the server
// answers, so a hub that is away costs the sign-in nothing.
#include <functional>
#include <memory>
#include <mutex>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sign_in_relay.hpp"

namespace kiosk::sync {
class HttpsTransport;
}

namespace kiosk::app {

class HubSignInRelay final : public SignInRelay {
public:
    // `reachable`: whether the last exchange with the server went through (SyncWorker).
    HubSignInRelay(Config config, std::function<bool()> reachable);
    ~HubSignInRelay() override;

    std::optional<RemoteAttempt> report(const std::string& staff_uuid, bool pin_was_right) override;

private:
    Config config_;
    std::function<bool()> reachable_;
    std::mutex mutex_;
    std::unique_ptr<sync::HttpsTransport> transport_;  // made on first use
};

}  // namespace kiosk::app
