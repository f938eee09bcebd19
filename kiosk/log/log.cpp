#include "kiosk/log/log.hpp"

#include <unistd.h>

#include <cerrno>
#include <string>

namespace kiosk::log {

std::string format_line(Level level, std::string_view message) {
    std::string line;
    line.reserve(message.size() + 5);
    line += '<';
    line += static_cast<char>('0' + static_cast<int>(level));
    line += '>';
    for (const char c : message) line += (c == '\n' || c == '\r') ? ' ' : c;
    line += '\n';
    return line;
}

void write(Level level, std::string_view message) {
    const std::string line = format_line(level, message);
    std::size_t done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(STDERR_FILENO, line.data() + done, line.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;  // stderr closed: nothing better to do with a log line
        done += static_cast<std::size_t>(n);
    }
}

}  // namespace kiosk::log
