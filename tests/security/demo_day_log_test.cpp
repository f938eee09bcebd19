// Item 4 of issue #18: a whole demo day through the real programs, and no personal data in
// any of their logs. The demo seed makes a venue of fictional families; the device enrols with
// the real contact-sync-server (a separate process, its output kept like a journal would),
// syncs, and an administrator runs the kiosk's commands; under Xvfb each face's window opens
// too. Everything every process printed is then searched for every name, surname, carer and
// street the seed can use (kiosk/app/demo/demo_names.hpp), as whole words.
#include <catch2/catch_test_macros.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <thread>

#include "kiosk/app/demo/demo_names.hpp"
#include "tests/security/run_command.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
namespace fs = std::filesystem;

namespace {

std::string file_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

CommandOutput run_program(const std::string& program, const std::string& arguments) {
    const std::string command = program + " " + arguments + " 2>&1";
    CommandOutput out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return out;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.output.append(buffer, n);
    const int status = ::pclose(pipe);
    out.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

CommandOutput run_server_command(const std::string& arguments) { return run_program(SYNC_SERVER_EXECUTABLE, arguments); }

// The server as a service runs it: its own process, stdout and stderr into one log.
class ServerProcess {
public:
    ServerProcess(const fs::path& dir, const fs::path& certs) : log_(dir / "server.log") {
        std::fflush(nullptr);  // nothing buffered here is printed twice by the child
        pid_ = ::fork();
        if (pid_ == 0) {
            const std::string log = log_.string();
            if (std::freopen(log.c_str(), "w", stdout) == nullptr || std::freopen(log.c_str(), "a", stderr) == nullptr) {
                ::_exit(126);
            }
            const std::string db = (dir / "server.db").string();
            const std::string cert = (certs / "server.crt").string();
            const std::string key = (certs / "server.key").string();
            ::execl(SYNC_SERVER_EXECUTABLE, SYNC_SERVER_EXECUTABLE, "serve", "--db", db.c_str(), "--listen",
                    "127.0.0.1:0", "--cert", cert.c_str(), "--key", key.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{60};
        const std::string marker = "listening on https://127.0.0.1:";
        while (std::chrono::steady_clock::now() < deadline) {
            const std::string text = file_text(log_);
            if (const auto at = text.find(marker); at != std::string::npos && text.find('\n', at) != std::string::npos) {
                port_ = std::stoi(text.substr(at + marker.size()));
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds{20});
        }
    }
    ~ServerProcess() { stop(); }
    std::string stop() {
        if (pid_ > 0) {
            ::kill(pid_, SIGTERM);
            ::waitpid(pid_, nullptr, 0);
            pid_ = -1;
        }
        return file_text(log_);
    }
    int port() const { return port_; }

private:
    fs::path log_;
    pid_t pid_ = -1;
    int port_ = 0;
};

std::vector<std::string> canaries() {
    std::vector<std::string> words;
    for (const auto& list : {std::vector<std::string_view>(app::demo_names::kChildren.begin(), app::demo_names::kChildren.end()),
                             std::vector<std::string_view>(app::demo_names::kAdults.begin(), app::demo_names::kAdults.end()),
                             std::vector<std::string_view>(app::demo_names::kSurnames.begin(), app::demo_names::kSurnames.end()),
                             std::vector<std::string_view>(app::demo_names::kCarers.begin(), app::demo_names::kCarers.end()),
                             std::vector<std::string_view>(app::demo_names::kStreets.begin(), app::demo_names::kStreets.end())}) {
        for (const auto word : list) words.emplace_back(word);
    }
    return words;
}

void check_no_canary(const std::string& what, const std::string& output) {
    INFO(what << " printed:\n" << output);
    for (const auto& canary : canaries()) {
        const std::regex whole_word("\\b" + canary + "\\b");
        INFO("canary " << canary);
        CHECK_FALSE(std::regex_search(output, whole_word));
    }
}

void demo_day(bool with_windows) {
    TempDir dir;
    make_demo_certificates(dir / "certs");
    std::vector<std::pair<std::string, std::string>> outputs;
    const auto keep = [&outputs](const std::string& what, const CommandOutput& run) {
        INFO(what << " printed:\n" << run.output);
        CHECK(run.exit_code == 0);
        outputs.emplace_back(what, run.output);
    };

    const fs::path data = dir / "data";
    keep("demo-seed", run_kiosk("demo-seed --families 12 --db " + (data / "kiosk.db").string()));
    // The demo opens with everything sent; the morning's work gives the sync something to carry.
    keep("demo morning", run_program(KIOSK_DEMO_MORNING, (data / "kiosk.db").string() + " " +
                                                         (data / "keys/kiosk.key").string()));
    ServerProcess server(dir.path(), dir / "certs");
    REQUIRE(server.port() > 0);
    const fs::path token = dir / "lobby.token";
    keep("issue-enrolment-token",
         run_server_command("issue-enrolment-token --db " + (dir / "server.db").string() +
                            " --device lobby-1 --venue 1 --role lobby --token-file " + token.string()));

    const fs::path config = dir / "kiosk.toml";
    std::ofstream(config) << "[storage]\ndatabase = \"" << (data / "kiosk.db").string() << "\"\nkey_file = \""
                          << (data / "keys/kiosk.key").string() << "\"\n";
    const std::string with_config = " --config " + config.string();
    keep("enrol", run_kiosk("enrol" + with_config + " --server https://127.0.0.1:" + std::to_string(server.port()) +
                            " --token-file " + token.string() + " --ca-file " + (dir / "certs/ca.crt").string()));
    keep("sync", run_kiosk("sync" + with_config));
    keep("second sync", run_kiosk("sync" + with_config));
    keep("audit verify", run_kiosk("audit verify" + with_config));
    keep("db check", run_kiosk("db check" + with_config));
    keep("db backup", run_kiosk("db backup" + with_config + " --out " + (dir / "backup.db").string()));
    // The doctor's display line may fail on a machine without one; its output counts anyway.
    outputs.emplace_back("doctor", run_kiosk("doctor --timeout 10" + with_config).output);
    if (with_windows) {
        for (const char* face : {"family", "staff", "coordinator"}) {
            keep(std::string("run --face ") + face,
                 run_kiosk("run" + with_config + " --face " + face + " --exit-after-frames 5"));
        }
    }
    keep("count", run_server_command("count --db " + (dir / "server.db").string()));
    outputs.emplace_back("the server's log", server.stop());

    // The day really happened: records went to the server, which counted them.
    CHECK(outputs.back().second.find("listening on") != std::string::npos);
    const auto& count = outputs[outputs.size() - 2].second;
    INFO(count);
    CHECK(count.find("total 0") == std::string::npos);
    for (const auto& [what, output] : outputs) check_no_canary(what, output);
}

}  // namespace

TEST_CASE("a whole demo day through the real programs logs no personal data") { demo_day(false); }

TEST_CASE("a whole demo day with every face's window logs no personal data", "[.][xvfb]") {
    if (std::getenv("DISPLAY") == nullptr) SKIP("no X display; run under xvfb-run");
    demo_day(true);
}
