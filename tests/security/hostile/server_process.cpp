#include "tests/security/hostile/server_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "tests/support/demo_certificates.hpp"

namespace kiosk::testing {
namespace fs = std::filesystem;

namespace {

// fork + exec with stdout (and stderr) into a pipe; returns the child's pid.
pid_t spawn(const std::vector<std::string>& argv, int& out_fd, const std::string& stderr_file = {},
            const std::vector<std::string>& environment = {}) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::dup2(fds[1], 1);
        if (stderr_file.empty()) {
            ::dup2(fds[1], 2);
        } else {
            const int err = ::open(stderr_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
            ::dup2(err, 2);
        }
        for (const auto& setting : environment) ::putenv(const_cast<char*>(setting.c_str()));
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    ::close(fds[1]);
    out_fd = fds[0];
    return pid;
}

std::string read_all(int fd) {
    std::string out;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0) out.append(buffer, static_cast<std::size_t>(n));
    return out;
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

}  // namespace

ServerProcess::ServerProcess(const fs::path& folder, ServerProcessOptions options)
    : options_(std::move(options)), folder_(folder), certs_(options_.certs.empty() ? folder / "certs" : options_.certs) {
    make_demo_certificates(certs_);
    db_ = options_.db_argument.empty() ? (folder / (options_.name + ".db")).string() : options_.db_argument;
    start("127.0.0.1:0");
}

void ServerProcess::start(const std::string& listen) {
    int out = -1;
    std::vector<std::string> argv{KIOSK_SYNC_SERVER, "serve", "--db", db_, "--listen", listen, "--cert",
                                  (certs_ / "server.crt").string(), "--key", (certs_ / "server.key").string(),
                                  "--request-timeout", std::to_string(options_.request_timeout_seconds),
                                  "--max-connections-per-address", std::to_string(options_.max_connections_per_address),
                                  "--sealing-key", sealing_key_file().string()};
    argv.insert(argv.end(), options_.extra_arguments.begin(), options_.extra_arguments.end());
    pid_ = spawn(argv, out, (folder_ / (options_.name + ".log")).string(), options_.environment);
    // The first line says where it listens; a loaded machine may take a while to get there.
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{60};
    while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        pollfd p{out, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0) continue;
        char c = 0;
        if (::read(out, &c, 1) != 1) break;
        line += c;
    }
    // Kept open: a write to a pipe nobody reads would kill the server with SIGPIPE.
    stdout_fd_ = out;
    std::smatch match;
    if (!std::regex_search(line, match, std::regex{R"(127\.0\.0\.1:(\d+))"})) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        ::close(out);
        stdout_fd_ = -1;
        pid_ = -1;
        throw std::runtime_error("contact-sync-server did not start: " + line + " " + log());
    }
    port_ = std::stoi(match[1].str());
}

void ServerProcess::kill_hard() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
    if (stdout_fd_ >= 0) ::close(stdout_fd_);
    stdout_fd_ = -1;
}

void ServerProcess::restart() {
    kill_hard();
    // The port may still be held for a moment by the kernel; the listener sets SO_REUSEADDR, and
    // a loaded machine gets a few tries.
    for (int attempt = 0;; ++attempt) {
        try {
            start("127.0.0.1:" + std::to_string(port_));
            return;
        } catch (const std::runtime_error&) {
            if (attempt >= 20) throw;
            ::usleep(250'000);
        }
    }
}

ServerProcess::~ServerProcess() {
    if (stdout_fd_ >= 0) ::close(stdout_fd_);
    if (pid_ > 0) {
        ::kill(pid_, SIGTERM);
        int status = 0;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{30};
        while (::waitpid(pid_, &status, WNOHANG) == 0) {
            if (std::chrono::steady_clock::now() > deadline) {
                ::kill(pid_, SIGKILL);
                ::waitpid(pid_, &status, 0);
                break;
            }
            ::usleep(20'000);
        }
    }
}

long ServerProcess::peak_rss_kib() const {
    std::ifstream status("/proc/" + std::to_string(pid_) + "/status");
    std::string key;
    while (status >> key) {
        if (key == "VmHWM:") {
            long kib = 0;
            status >> kib;
            return kib;
        }
        status.ignore(4096, '\n');
    }
    return -1;
}

std::string ServerProcess::log() const { return read_file(folder_ / (options_.name + ".log")); }

bool ServerProcess::alive() const {
    int status = 0;
    return ::waitpid(pid_, &status, WNOHANG) == 0;
}

int ServerProcess::run(const std::vector<std::string>& arguments, std::string* output) const {
    std::vector<std::string> argv{KIOSK_SYNC_SERVER};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    for (auto& a : argv) {
        if (a == "{db}") a = db_;
    }
    int out = -1;
    const pid_t pid = spawn(argv, out);
    const std::string text = read_all(out);
    ::close(out);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (output != nullptr) *output = text;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string ServerProcess::add_device(const std::string& device, int venue, const std::string& role) const {
    const fs::path file = folder_ / (options_.name + "-device-" + device + ".token");
    if (run({"add-device", "--db", "{db}", "--device", device, "--venue", std::to_string(venue), "--role", role,
             "--token-file", file.string()}) != 0) {
        throw std::runtime_error("add-device failed");
    }
    return read_file(file);
}

std::string ServerProcess::issue_token(const std::string& device, int venue, const std::string& role,
                                       const std::string& valid_hours) const {
    const fs::path file = folder_ / (options_.name + "-enrol-" + device + ".token");
    if (run({"issue-enrolment-token", "--db", "{db}", "--device", device, "--venue", std::to_string(venue), "--role",
             role, "--token-file", file.string(), "--valid-hours", valid_hours}) != 0) {
        throw std::runtime_error("issue-enrolment-token failed");
    }
    return read_file(file);
}

}  // namespace kiosk::testing
