#include "sync/server/hub/hub_identity.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "sync/client/transport_error.hpp"
#include "sync/protocol/api_version.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync::server::hub {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

template <std::size_t N>
std::array<std::uint8_t, N> key_from(const fs::path& file) {
    const auto bytes = decode_base64(trimmed(read_private(file)));
    if (!bytes || bytes->size() != N) throw HubSetupError("the key file " + file.string() + " does not hold a key");
    std::array<std::uint8_t, N> out{};
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

std::string server_error(const std::string& body) {
    const auto doc = json::parse(body, nullptr, false);
    if (doc.is_object() && doc.contains("error") && doc["error"].is_string()) return doc["error"].get<std::string>();
    return "no reason given";
}

}  // namespace

TlsSettings HubIdentity::tls() const {
    return TlsSettings{.server_url = upstream_url, .ca_file = ca_file, .pinned_public_key = pinned_key,
                       .client_certificate = {}, .client_key = {}, .proxy = {}};
}

void write_private(const fs::path& file, const std::string& content) {
    fs::create_directories(file.parent_path());
    fs::permissions(file.parent_path(), fs::perms::owner_all, fs::perm_options::replace);
    const fs::path temporary = file.string() + ".new";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) throw HubSetupError("cannot write " + file.string());
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    std::size_t written = 0;
    while (ok && written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        ok = n > 0;
        if (ok) written += static_cast<std::size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok || ::rename(temporary.c_str(), file.c_str()) != 0) {
        ::unlink(temporary.c_str());
        throw HubSetupError("cannot write " + file.string());
    }
}

std::string read_private(const fs::path& file) {
    std::error_code error;
    const auto status = fs::status(file, error);
    if (error || !fs::is_regular_file(status)) throw HubSetupError("the file " + file.string() + " cannot be read");
    if ((status.permissions() & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none) {
        throw HubSetupError("the file " + file.string() + " must be readable by its owner only (chmod 600)");
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) throw HubSetupError("the file " + file.string() + " cannot be read");
    return text.str();
}

std::optional<HubIdentity> load_hub_identity(const fs::path& key_dir) {
    if (!fs::exists(key_dir / kUpstreamFile)) return std::nullopt;
    if (sodium_init() < 0) throw HubSetupError("libsodium could not be initialised");
    HubIdentity id;
    json doc;
    try {
        doc = json::parse(read_private(key_dir / kUpstreamFile));
        id.device_id = doc.at("device_id").get<std::string>();
        id.venue_id = doc.at("venue_id").get<std::int64_t>();
        id.upstream_url = doc.at("upstream_url").get<std::string>();
        id.ca_file = doc.value("ca_file", "");
        id.pinned_key = doc.value("pinned_key", "");
    } catch (const json::exception&) {
        throw HubSetupError("the file " + (key_dir / kUpstreamFile).string() + " is damaged; enrol the hub again");
    }
    id.signing_secret = key_from<64>(key_dir / kHubSigningKeyFile);
    crypto_sign_ed25519_sk_to_pk(id.signing_public.data(), id.signing_secret.data());
    id.upstream_sealing = key_from<32>(key_dir / kUpstreamSealingKeyFile);
    id.token = trimmed(read_private(key_dir / kUpstreamTokenFile));
    return id;
}

HubIdentity enrol_hub(const fs::path& key_dir, const HubEnrolOptions& options, Timeouts timeouts) {
    if (fs::exists(key_dir / kUpstreamFile) || fs::exists(key_dir / kHubSigningKeyFile)) {
        throw HubSetupError("this hub is already enrolled (" + (key_dir / kUpstreamFile).string() +
                            "); revoke it at the upstream and remove its key folder before enrolling again");
    }
    if (!options.pin_sha256.empty() && options.pin_sha256.rfind("sha256//", 0) != 0) {
        throw HubSetupError("--pin-sha256 must look like sha256//<base64>");
    }
    if (sodium_init() < 0) throw HubSetupError("libsodium could not be initialised");
    HubIdentity id;
    crypto_sign_keypair(id.signing_public.data(), id.signing_secret.data());
    id.upstream_url = options.upstream_url;
    while (!id.upstream_url.empty() && id.upstream_url.back() == '/') id.upstream_url.pop_back();
    id.ca_file = options.ca_file.empty() ? std::string{} : fs::absolute(options.ca_file).string();
    id.pinned_key = options.pin_sha256;
    HttpResponse response;
    try {
        HttpsTransport transport(id.tls(), timeouts, /*bearer_token=*/"");
        const EnrolRequest request{options.token, encode_base64(id.signing_public.data(), id.signing_public.size())};
        response = transport.post_gzip_json(std::string{kApiPrefix} + "/enrol", encode_enrol_request(request));
    } catch (const TransportError& error) {
        throw HubSetupError(std::string{"the upstream server cannot be reached: "} + error.what());
    }
    if (response.status != 200) {
        throw HubSetupError("the upstream server did not enrol this hub (HTTP " + std::to_string(response.status) +
                            "): " + server_error(response.body));
    }
    EnrolAnswer answer;
    try {
        answer = decode_enrol_answer(response.body);
    } catch (const ProtocolError& error) {
        throw HubSetupError(std::string{"the upstream's answer was not understood: "} + error.what());
    }
    if (answer.role != "hub") {
        // The token was issued for a lobby, tablet or coordinator: this enrolment would relay
        // the venue under a role that receives less than the venue needs.
        throw HubSetupError("the enrolment token was issued for the role " + answer.role +
                            ", not hub; ask for a token issued with --role hub (the upstream now holds an "
                            "enrolment for " + answer.device_id + " to revoke)");
    }
    const auto sealing = decode_base64(answer.sealing_public_key);
    if (!sealing || sealing->size() != id.upstream_sealing.size()) throw HubSetupError("the upstream's sealing key is not a key");
    std::copy(sealing->begin(), sealing->end(), id.upstream_sealing.begin());
    id.device_id = answer.device_id;
    id.venue_id = answer.venue_id;
    id.token = answer.device_token;
    // The token and keys first; upstream.json last, since its presence means "enrolled".
    write_private(key_dir / kUpstreamTokenFile, id.token + "\n");
    write_private(key_dir / kHubSigningKeyFile, encode_base64(id.signing_secret.data(), id.signing_secret.size()) + "\n");
    write_private(key_dir / kUpstreamSealingKeyFile, encode_base64(id.upstream_sealing.data(), 32) + "\n");
    json doc{{"device_id", id.device_id}, {"venue_id", id.venue_id}, {"upstream_url", id.upstream_url}, {"role", "hub"}};
    if (!id.ca_file.empty()) doc["ca_file"] = id.ca_file;
    if (!id.pinned_key.empty()) doc["pinned_key"] = id.pinned_key;
    write_private(key_dir / kUpstreamFile, doc.dump(2) + "\n");
    return id;
}

}  // namespace kiosk::sync::server::hub
