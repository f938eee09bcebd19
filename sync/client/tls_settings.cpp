#include "sync/client/tls_settings.hpp"

namespace kiosk::sync {
bool is_https_url(const std::string& url) { return url.rfind("https://", 0) == 0; }
}  // namespace kiosk::sync
