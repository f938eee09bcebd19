// Nothing is lost: a helper process keeps editing a draft and reports each edit after its
// commit; we SIGKILL it at random moments, at least 200 times, and after each kill reopen
// the database and check that it is intact, that every reported edit is there, and that
// the audit chain is whole. (SIGKILL tests a crash of the program; the kernel still holds
// what was written. synchronous=FULL is what carries the same promise through power loss.)
#include <catch2/catch_test_macros.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "kiosk/app/records/record_service.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/record_repository.hpp"
#include "kiosk/store/database.hpp"
#include "tests/durability/edit_plan.hpp"
#include "tests/support/sample_data.hpp"
#include "tests/support/test_store.hpp"

using namespace kiosk;
using kiosk::testing::kDemoNow;

namespace {
using SteadyClock = std::chrono::steady_clock;

int rounds_wanted() {
    if (const char* text = std::getenv("KIOSK_CRASH_ROUNDS")) return std::max(1, std::atoi(text));
    return 200;
}

// Runs the helper, kills it at a random moment, and returns the edits it acknowledged.
class Victim {
public:
    Victim(const std::vector<std::string>& args) {
        std::array<int, 2> fds{};
        REQUIRE(pipe(fds.data()) == 0);
        pid_ = fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            dup2(fds[1], STDOUT_FILENO);
            close(fds[0]);
            close(fds[1]);
            std::vector<char*> argv;
            for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));  // execv's C signature
            argv.push_back(nullptr);
            execv(argv[0], argv.data());
            _exit(127);
        }
        close(fds[1]);
        out_ = fds[0];
    }
    Victim(const Victim&) = delete;
    Victim& operator=(const Victim&) = delete;
    ~Victim() {
        if (out_ >= 0) close(out_);
    }

    // Reads acknowledgements until `deadline` (or, with `until_first_ack`, until the first one).
    void read_until(SteadyClock::time_point deadline, bool until_first_ack) {
        while (!eof_ && SteadyClock::now() < deadline && !(until_first_ack && !acks_.empty())) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - SteadyClock::now());
            pollfd p{out_, POLLIN, 0};
            if (poll(&p, 1, static_cast<int>(std::max<long long>(0, left.count()))) > 0) read_some();
        }
    }

    // SIGKILL, then everything it wrote before dying. Returns how it ended.
    int kill_and_collect() {
        kill(pid_, SIGKILL);
        while (!eof_) read_some();
        int status = 0;
        waitpid(pid_, &status, 0);
        return status;
    }

    const std::vector<long>& acks() const { return acks_; }

private:
    void read_some() {
        std::array<char, 4096> buffer{};
        const ssize_t n = read(out_, buffer.data(), buffer.size());
        if (n <= 0) {
            eof_ = true;
            return;
        }
        pending_.append(buffer.data(), static_cast<std::size_t>(n));
        for (std::size_t newline; (newline = pending_.find('\n')) != std::string::npos;) {
            acks_.push_back(std::stol(pending_.substr(0, newline)));
            pending_.erase(0, newline + 1);
        }
    }

    pid_t pid_ = -1;
    int out_ = -1;
    bool eof_ = false;
    std::string pending_;  // a line cut short by the kill is not an acknowledgement
    std::vector<long> acks_;
};
}  // namespace

TEST_CASE("a draft killed mid-edit 200 times loses no acknowledged edit and stays whole") {
    kiosk::testing::TempDir dir;
    const auto database_file = dir / "data/kiosk.db";
    const auto key_file = dir / "keys/kiosk.key";
    const store::OpenOptions options{.database_file = database_file, .key_file = key_file, .now = kDemoNow};
    core::Id record = 0;
    core::Id worker = 0;
    {
        store::Database db = store::Database::open(options);
        const auto family = kiosk::testing::add_sample_family(db);
        worker = family.worker;
        core::FixedClock clock(kDemoNow);
        record = app::RecordService(db, clock).open_draft(family.session, worker);
    }

    std::mt19937 random(std::random_device{}());
    std::set<long> acknowledged_timeline;
    std::map<core::RecordSection, long> last_acknowledged_section;
    long next_edit = 1;
    int rounds_with_acks = 0;
    const int rounds = rounds_wanted();
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        Victim victim({KIOSK_DRAFT_EDITOR, database_file.string(), key_file.string(), std::to_string(record),
                       std::to_string(worker), std::to_string(next_edit)});
        // Most rounds are killed a few milliseconds into editing; one in four at any moment
        // from its start, which includes opening the database and recovering the WAL.
        const auto started = SteadyClock::now();
        if (random() % 4 == 0) {
            victim.read_until(started + std::chrono::milliseconds(random() % 40), false);
        } else {
            victim.read_until(started + std::chrono::seconds(20), true);
            victim.read_until(SteadyClock::now() + std::chrono::microseconds(random() % 15000), false);
        }
        const int status = victim.kill_and_collect();
        // Died by our SIGKILL, not of its own accord (an error in the helper would show here).
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(WTERMSIG(status) == SIGKILL);
        if (!victim.acks().empty()) ++rounds_with_acks;
        for (long edit : victim.acks()) {
            if (const auto section = kiosk::testing::section_edited_by(edit)) {
                last_acknowledged_section[*section] = edit;
            } else {
                acknowledged_timeline.insert(edit);
            }
        }

        store::Database db = store::Database::open(options);
        REQUIRE(db.integrity_check() == "ok");
        const auto chain = store::AuditLog::verify(db);
        REQUIRE(chain.whole);
        const auto draft = store::RecordRepository(db).find(record);
        REQUIRE(draft);
        std::set<long> stored_timeline;
        long highest = next_edit - 1;
        for (const auto& entry : draft->timeline) {
            const long edit = kiosk::testing::edit_number(entry.text).value_or(0);
            stored_timeline.insert(edit);
            highest = std::max(highest, edit);
        }
        for (long edit : acknowledged_timeline) {
            INFO("timeline edit " << edit);
            REQUIRE(stored_timeline.count(edit) == 1);
        }
        for (const auto& [section, text] : draft->sections) {
            highest = std::max(highest, kiosk::testing::edit_number(text).value_or(0));
        }
        for (const auto& [section, edit] : last_acknowledged_section) {
            INFO("section " << core::to_string(section) << " last acknowledged edit " << edit);
            const auto found = std::find_if(draft->sections.begin(), draft->sections.end(),
                                            [&](const auto& s) { return s.first == section; });
            REQUIRE(found != draft->sections.end());
            // The acknowledged text or a later one (committed, killed before it could say so).
            REQUIRE(kiosk::testing::edit_number(found->second).value_or(0) >= edit);
        }
        next_edit = highest + 1;
    }
    // Not a vacuous pass: most rounds got edits in before they were killed.
    CHECK(rounds_with_acks >= rounds / 2);
    CHECK(acknowledged_timeline.size() >= static_cast<std::size_t>(rounds));
}
