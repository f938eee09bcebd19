// The server's database holds every record received: it, its WAL and its shared-memory file are
// its owner's alone, whatever the umask (issue #12, item 7). The sealing key is in a file of its
// own since issue #14 (tests/sync/sealing_key_test.cpp).
#include <catch2/catch_test_macros.hpp>

#include <sys/stat.h>

#include "sync/server/sqlite_storage.hpp"
#include "tests/support/temp_dir.hpp"

using namespace kiosk;
using namespace kiosk::testing;
namespace fs = std::filesystem;

namespace {
bool owner_only(const fs::path& file) {
    return (fs::status(file).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none;
}
}  // namespace

TEST_CASE("the server's database, WAL and shared-memory files are its owner's alone") {
    TempDir dir;
    const mode_t before = ::umask(022);
    {
        sync::server::SqliteStorage store(dir / "server.db");
        (void)store.add_device("lobby-1", 1, sync::DeviceRole::Lobby);
        for (const char* name : {"server.db", "server.db-wal", "server.db-shm"}) {
            INFO(name);
            REQUIRE(fs::exists(dir / name));
            CHECK(owner_only(dir / name));
        }
    }
    // A database an older server left readable is narrowed when opened.
    fs::permissions(dir / "server.db", fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    {
        sync::server::SqliteStorage again(dir / "server.db");
        CHECK(owner_only(dir / "server.db"));
    }
    ::umask(before);
}
