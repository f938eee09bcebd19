// The device's importer of a pulled page: any bytes give a page or a ProtocolError that names
// the fault, never a crash; and what the server-side validator accepts, the device decodes.
#include <cstdint>
#include <string>

#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/pull_page.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string body(reinterpret_cast<const char*>(data), size);
    try {
        (void)kiosk::sync::decode_pull_page(body);
    } catch (const kiosk::sync::ProtocolError&) {
    }
    try {
        kiosk::sync::validate_change(body);
        (void)kiosk::sync::decode_pull_page(kiosk::sync::encode_pull_page({body}, "1", false));
    } catch (const kiosk::sync::ProtocolError&) {
    }
    return 0;
}
