#pragma once
// The real contact-sync-server, started as its own process on 127.0.0.1 with a port it picks,
// for the hostile-input suite: what an attacker meets is the binary as shipped, and its peak
// memory is read from /proc/PID/status. The database is named by one argument (`--db`): a SQLite
// file, or a postgresql:// URL for the same suite on PostgreSQL (HostileServer picks it from
// KIOSK_TEST_STORAGE, tests/support/test_storage.hpp). The sealing key is a file in the folder.
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::testing {

struct ServerProcessOptions {
    std::string db_argument;  // what follows --db; empty: a SQLite file in the test's folder
    double request_timeout_seconds = 3;
    int max_connections_per_address = 32;
    // More arguments for serve (a hub: --role hub --venue 1 ...).
    std::vector<std::string> extra_arguments;
    // The database file's name in the folder, and the stem of the log's (two servers, one folder).
    std::string name = "server";
    // The certificates' folder (made when missing); empty: certs/ in the folder.
    std::filesystem::path certs;
    // The sealing key file (made on first start); empty: <name>-sealing.key in the folder. Two
    // receivers on one database share one key.
    std::filesystem::path sealing_key;
    // More environment for the server (NAME=VALUE), e.g. CREDENTIALS_DIRECTORY.
    std::vector<std::string> environment;
};

class ServerProcess {
public:
    explicit ServerProcess(const std::filesystem::path& folder, ServerProcessOptions options = {});
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;
    ~ServerProcess();

    int port() const { return port_; }
    pid_t pid() const { return pid_; }
    std::string url() const { return "https://127.0.0.1:" + std::to_string(port_); }
    const std::filesystem::path& certs() const { return certs_; }
    std::filesystem::path ca_file() const { return certs_ / "ca.crt"; }
    // Peak resident memory so far (VmHWM), in KiB.
    long peak_rss_kib() const;
    // Still running (not crashed, not exited).
    bool alive() const;
    // What the server logged on stderr so far.
    std::string log() const;
    const std::string& db() const { return db_; }
    std::filesystem::path sealing_key_file() const {
        return options_.sealing_key.empty() ? folder_ / (options_.name + "-sealing.key") : options_.sealing_key;
    }

    // SIGKILL, as a power cut would (the kernel keeps what was written), and wait for it.
    void kill_hard();
    // Starts it again on the same port and database (after kill_hard).
    void restart();

    // Runs another subcommand of the binary on the same database; returns its exit code and
    // leaves what it printed in `output`.
    int run(const std::vector<std::string>& arguments, std::string* output = nullptr) const;
    // add-device / issue-enrolment-token: the token it wrote.
    std::string add_device(const std::string& device, int venue, const std::string& role) const;
    std::string issue_token(const std::string& device, int venue, const std::string& role,
                            const std::string& valid_hours = "24") const;

private:
    void start(const std::string& listen);

    ServerProcessOptions options_;
    std::filesystem::path folder_;
    std::filesystem::path certs_;
    std::string db_;
    pid_t pid_ = -1;
    int port_ = 0;
    int stdout_fd_ = -1;
};

}  // namespace kiosk::testing
