#include "kiosk/app/sync/enrolment.hpp"

#include <nlohmann/json.hpp>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/sync/device_keys.hpp"
#include "kiosk/app/sync/sync_exit_codes.hpp"
#include "kiosk/app/sync/sync_settings.hpp"
#include "sync/client/transport_error.hpp"
#include "sync/protocol/api_version.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/protocol_error.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void refuse(const std::string& why) { throw CommandError(why, kSyncExitConfiguration); }

std::string server_error(const std::string& body) {
    const auto doc = nlohmann::json::parse(body, nullptr, false);
    if (doc.is_object() && doc.contains("error") && doc["error"].is_string()) return doc["error"].get<std::string>();
    return "no reason given";
}

}  // namespace

EnrolOutcome enrol_device(const Config& config, const EnrolOptions& options, sync::Timeouts timeouts) {
    const fs::path key_dir = key_directory(config);
    if (fs::exists(key_dir / kSigningKeyFile) || fs::exists(key_dir / kEnrolmentFile)) {
        refuse("this device is already enrolled (" + (key_dir / kEnrolmentFile).string() +
               "); a coordinator must remove its enrolment before it can enrol again");
    }
    if (!options.pin_sha256.empty() && options.pin_sha256.rfind("sha256//", 0) != 0) {
        refuse("--pin-sha256 must look like sha256//<base64>");
    }
    DeviceKeys keys = generate_device_keys();
    sync::HttpResponse response;
    try {
        std::string url = options.server_url;
        while (!url.empty() && url.back() == '/') url.pop_back();
        sync::HttpsTransport transport(
            sync::TlsSettings{.server_url = url, .ca_file = options.ca_file, .pinned_public_key = options.pin_sha256,
                              .client_certificate = {}, .client_key = {}, .proxy = config.proxy},
            timeouts, /*bearer_token=*/"");
        const sync::EnrolRequest request{options.token, sync::encode_base64(keys.signing_public.data(), 32)};
        response = transport.post_gzip_json(std::string{sync::kApiPrefix} + "/enrol", sync::encode_enrol_request(request));
    } catch (const sync::TransportError& error) {
        refuse(error.what());
    }
    if (response.status == 403 || response.status == 409) {
        refuse("the server refused the enrolment token: " + server_error(response.body));
    }
    if (response.status != 200) {
        refuse("the server did not enrol this device (HTTP " + std::to_string(response.status) +
               "): " + server_error(response.body));
    }
    sync::EnrolAnswer answer;
    try {
        answer = sync::decode_enrol_answer(response.body);
    } catch (const sync::ProtocolError& error) {
        refuse(error.what());
    }
    const auto sealing = sync::decode_base64(answer.sealing_public_key);
    if (!sealing || sealing->size() != keys.sealing_public.size()) refuse("the server's sealing key is not a key");
    std::copy(sealing->begin(), sealing->end(), keys.sealing_public.begin());

    // The token and keys first; the enrolment file last, since its presence means "enrolled".
    write_private_file(key_dir / kDeviceTokenFile, answer.device_token + "\n");
    save_device_keys(key_dir, keys);
    nlohmann::json identity{{"device_id", answer.device_id},
                            {"server_url", options.server_url},
                            {"venue_id", answer.venue_id},
                            {"role", answer.role},
                            {"server_role", answer.server_role}};
    if (!options.ca_file.empty()) identity["ca_file"] = fs::absolute(options.ca_file).string();
    if (!options.pin_sha256.empty()) identity["pinned_key"] = options.pin_sha256;
    write_private_file(key_dir / kEnrolmentFile, identity.dump(2) + "\n");
    return {answer.device_id, answer.venue_id, answer.role};
}

}  // namespace kiosk::app
