#include "tests/support/demo_certificates.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace kiosk::testing {

void make_demo_certificates(const std::filesystem::path& folder) {
    if (std::filesystem::exists(folder / "server.pin")) return;
    const std::string command =
        std::string(KIOSK_SOURCE_DIR) + "/scripts/make-demo-certs '" + folder.string() + "' >/dev/null";
    if (std::system(command.c_str()) != 0) throw std::runtime_error("make-demo-certs failed");
}

}  // namespace kiosk::testing
