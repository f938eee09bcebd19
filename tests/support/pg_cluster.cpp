#include "tests/support/pg_cluster.hpp"

#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

namespace kiosk::testing {
namespace {
namespace fs = std::filesystem;

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Runs a shell command and returns its output; throws with the output when it fails.
std::string run(const std::string& command) {
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
    std::string out;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    const int status = ::pclose(pipe);
    if (status != 0) throw std::runtime_error("`" + command + "` failed:\n" + out);
    return out;
}

// PostgreSQL will not run as root: as root, every server command runs as nobody.
std::string as_cluster_owner(const std::string& command) {
    if (::geteuid() != 0) return command;
    return "setpriv --reuid=nobody --regid=nogroup --clear-groups -- sh -c " + quoted(command);
}

std::string stop_command(const fs::path& data, const char* mode) {
    return as_cluster_owner((postgres_bin_dir() / "pg_ctl").string() + " -D " + quoted(data.string()) + " -m " + mode +
                            " -w stop >/dev/null");
}

// Starts the watcher described in the header and returns the pipe's write end (close-on-exec, so
// the servers and devices a test starts do not hold it open). The watcher is forked twice and
// in a session of its own, so killing this process and its children leaves it running.
int start_watcher(const fs::path& data, const fs::path& folder) {
    const std::string script = "read -r word; [ \"$word\" = done ] && exit 0; " + stop_command(data, "immediate") +
                               " 2>&1; rm -rf " + quoted(folder.string());
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("cannot make the PostgreSQL watcher's pipe");
    const pid_t child = ::fork();
    if (child < 0) throw std::runtime_error("cannot start the PostgreSQL watcher");
    if (child == 0) {
        // Only async-signal-safe calls between fork and exec: the test process may have threads.
        ::setsid();
        if (::fork() == 0) {
            ::dup2(fds[0], STDIN_FILENO);
            ::close_range(3, ~0U, 0);
            ::execl("/bin/sh", "sh", "-c", script.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::_exit(0);
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return fds[1];
}

int free_loopback_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (fd >= 0) ::close(fd);
        throw std::runtime_error("no free loopback port for PostgreSQL");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}
}  // namespace

fs::path postgres_bin_dir() {
    for (const char* dir : {"/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"}) {
        if (fs::exists(fs::path(dir) / "initdb")) return dir;
    }
    throw std::runtime_error("PostgreSQL's server programs are not installed (scripts/setup installs postgresql)");
}

PgCluster::PgCluster(PgClusterOptions options) : data_(dir_ / "data") {
    const fs::path bin = postgres_bin_dir();
    if (::geteuid() == 0) {
        const passwd* nobody = ::getpwnam("nobody");
        if (nobody == nullptr || ::chown(dir_.path().c_str(), nobody->pw_uid, nobody->pw_gid) != 0) {
            throw std::runtime_error("cannot hand the cluster's folder to the user nobody");
        }
    }
    run(as_cluster_owner((bin / "initdb").string() + " -D " + quoted(data_.string()) +
                         " -U kiosk --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null"));
    settings_ = "-c listen_addresses=127.0.0.1 -k " + dir_.path().string() +
                " -c max_connections=" + std::to_string(options.max_connections);
    if (!options.durable) settings_ += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    // Another process may take the port between our probe and postgres binding it: try again.
    for (int attempt = 0; attempt < 5 && !running_; ++attempt) {
        port_ = free_loopback_port();
        try {
            start();
        } catch (const std::runtime_error&) {
            if (attempt == 4) throw;
        }
    }
    watcher_pipe_ = start_watcher(data_, dir_.path());
}

void PgCluster::start() {
    run(as_cluster_owner((postgres_bin_dir() / "pg_ctl").string() + " -D " + quoted(data_.string()) + " -w -t 60 -l " +
                         quoted((dir_ / "server.log").string()) + " -o " +
                         quoted(settings_ + " -p " + std::to_string(port_)) + " start >/dev/null"));
    running_ = true;
}

void PgCluster::stop() {
    run(stop_command(data_, "fast"));
    running_ = false;
}

PgCluster::~PgCluster() {
    bool stopped = !running_;
    if (running_) {
        try {
            run(stop_command(data_, "immediate"));
            stopped = true;
        } catch (const std::exception&) {
            // The watcher tries once more as the pipe closes without "done".
        }
    }
    if (stopped) {
        // The server is down and TempDir removes the folder: the watcher has nothing to do.
        const char done[] = "done\n";
        [[maybe_unused]] const auto written = ::write(watcher_pipe_, done, sizeof done - 1);
    }
    ::close(watcher_pipe_);
}

std::string PgCluster::url(const std::string& database) const {
    return "postgresql://kiosk@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

std::string PgCluster::create_database(const std::string& name) {
    psql("CREATE DATABASE \"" + name + "\"");
    return url(name);
}

std::string PgCluster::psql(const std::string& sql, const std::string& database) const {
    return run("psql -X -q -A -t -v ON_ERROR_STOP=1 -d " + quoted(url(database)) + " -c " + quoted(sql));
}

}  // namespace kiosk::testing
