// The configuration loader: any text gives a Config or a ConfigError, never a crash.
#include <cstdint>
#include <string_view>

#include "kiosk/app/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        (void)kiosk::app::parse_config(std::string_view(reinterpret_cast<const char*>(data), size), "/nonexistent");
    } catch (const kiosk::app::ConfigError&) {
    }
    return 0;
}
