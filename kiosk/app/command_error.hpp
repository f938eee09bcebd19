#pragma once
// An error a person can act on: the CLI prints its one sentence to stderr and exits non-zero.
#include <stdexcept>
#include <string>

namespace kiosk::app {

class CommandError : public std::runtime_error {
public:
    explicit CommandError(const std::string& message, int exit_code = 1)
        : std::runtime_error(message), exit_code_(exit_code) {}
    int exit_code() const { return exit_code_; }

private:
    int exit_code_;
};

}  // namespace kiosk::app
