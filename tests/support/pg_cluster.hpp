#pragma once
// A throwaway PostgreSQL cluster for one test or one test binary: initdb in a fresh folder,
// postgres listening on 127.0.0.1 on a free port, stopped and removed at the end. Debian's
// PostgreSQL 15 binaries (scripts/setup installs them). PostgreSQL refuses to run as root, and
// CI runs as root: then the cluster runs as `nobody`, in a folder handed over to it.
// A test process that dies without its destructors (an abort, a sanitizer's report, ctest's
// timeout SIGKILL) must not leave a server behind: each cluster has a watcher, a small shell
// process of its own session, that waits on a pipe only this process holds; when the pipe
// closes without the word "done" it stops the server and removes the folder.
#include <filesystem>
#include <string>

#include "tests/support/temp_dir.hpp"

namespace kiosk::testing {

struct PgClusterOptions {
    // Off makes tests quick; a benchmark that reports figures keeps PostgreSQL's durable
    // defaults (fsync, synchronous_commit, full_page_writes).
    bool durable = false;
    int max_connections = 100;
};

class PgCluster {
public:
    explicit PgCluster(PgClusterOptions options = {});
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;
    ~PgCluster();  // stops the server (immediate) and removes every file

    int port() const { return port_; }
    // The cluster's data folder (postmaster.pid names the server's process).
    const std::filesystem::path& data_dir() const { return data_; }
    // postgresql://kiosk@127.0.0.1:PORT/DATABASE (trust authentication on loopback only).
    std::string url(const std::string& database = "postgres") const;
    // A new empty database; each test can have its own in one cluster.
    std::string create_database(const std::string& name);
    // Runs SQL through psql and returns what it printed (unaligned, tuples only); throws on error.
    std::string psql(const std::string& sql, const std::string& database = "postgres") const;

    // The server goes down (fast shutdown: clients are cut off) and comes back on the same port
    // with the same data, as a database restart or failover would look to a receiver.
    void stop();
    void start();

private:
    TempDir dir_;
    std::filesystem::path data_;
    std::string settings_;
    int port_ = 0;
    bool running_ = false;
    int watcher_pipe_ = -1;  // the write end; closed at exit, however the process ends
};

// Where Debian keeps the server's programs (initdb, pg_ctl, postgres).
std::filesystem::path postgres_bin_dir();

}  // namespace kiosk::testing
