#include "tests/support/test_store.hpp"

#include <fstream>
#include <sstream>

namespace kiosk::testing {

std::string read_file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace kiosk::testing
