#include <catch2/catch_test_macros.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <thread>

#include "kiosk/store/outbox_repository.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;

namespace {

pid_t start_child(const std::filesystem::path& config, const char* batch) {
    const pid_t pid = fork();
    if (pid == 0) {
        // Quiet: the child's summary lines would drown the test output. dup2 rather than
        // freopen, which would flush a copy of the parent's unwritten output.
        const int null_fd = open("/dev/null", O_WRONLY);
        dup2(null_fd, STDOUT_FILENO);
        execl(SYNC_CRASH_CHILD, SYNC_CRASH_CHILD, config.c_str(), batch, static_cast<char*>(nullptr));
        _exit(127);
    }
    return pid;
}

}  // namespace

TEST_CASE("a syncing process killed at random moments 100 times still delivers every record exactly once") {
    SyncFixture f;
    const auto config = f.write_config_file();
    std::vector<std::string> all = f.enqueue(300, "feedback", 1500);
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> delay_ms(0, 50);
    int killed_while_running = 0;
    // Rounds go on until 100 kills have landed in a running sync (a child that finished
    // before its kill does not count), with a ceiling so a broken child cannot loop forever.
    for (int round = 0; killed_while_running < 100 && round < 300; ++round) {
        // New records keep arriving between crashes, so each kill lands in real work.
        const auto more = f.enqueue(40, "check_in", 1500);
        all.insert(all.end(), more.begin(), more.end());
        const pid_t child = start_child(config, "5");
        REQUIRE(child > 0);
        std::this_thread::sleep_for(std::chrono::milliseconds{delay_ms(random)});
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        if (WIFSIGNALED(status)) ++killed_while_running;
    }
    REQUIRE(killed_while_running >= 100);

    const pid_t last = start_child(config, "50");
    int status = 0;
    waitpid(last, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    f.device.db = f.device.open();
    const auto counts = store::OutboxRepository(f.device.db).counts();
    CHECK(counts.queued == 0);
    CHECK(counts.rejected == 0);
    CHECK(counts.sent == static_cast<std::int64_t>(all.size()));
    CHECK(f.server_total() == static_cast<std::int64_t>(all.size()));
    int missing = 0;
    for (const auto& uuid : all) missing += f.server_store->copies_of(uuid) == 1 ? 0 : 1;
    CHECK(missing == 0);
}
