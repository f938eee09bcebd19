#include "tests/support/test_store.hpp"

#include <fstream>
#include <sstream>

namespace kiosk::testing {

store::StoreErrorKind raw_sql_error(store::Database& db, const std::string& sql) {
    try {
        db.exec(sql);
    } catch (const store::StoreError& error) {
        return error.kind();
    }
    return store::StoreErrorKind::Io;
}

std::string read_file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace kiosk::testing
