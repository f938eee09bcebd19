#pragma once
// Runs the real contact-kiosk executable and keeps its exit code and everything it wrote to
// stdout and stderr, for tests of what a person (or a log collector) would see.
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace kiosk::testing {

struct CommandOutput {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

inline CommandOutput run_kiosk(const std::string& arguments) {
    const std::string command = std::string{KIOSK_EXECUTABLE} + " " + arguments + " 2>&1";
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

}  // namespace kiosk::testing
