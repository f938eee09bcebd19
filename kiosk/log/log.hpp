#pragma once
// The programs' own log: one line per event on standard error, starting with the severity
// prefix that journald reads ("<3>" error ... "<7>" debug, sd-daemon(3)), so `journalctl -p`
// filters it when the program runs as a systemd service and a person still reads it in a terminal.
//
// What goes in: ids, kinds, counts, statuses and durations. Never a name, a note, a payload,
// a token or anything else a person typed: the caller builds the line from such facts only.
#include <string_view>

namespace kiosk::log {

enum class Level { Error = 3, Warning = 4, Notice = 5, Info = 6, Debug = 7 };

// Writes `<N>message\n` in one write(2), so lines from threads never interleave. Line breaks
// inside `message` become spaces: one event is always one line.
void write(Level level, std::string_view message);

inline void error(std::string_view message) { write(Level::Error, message); }
inline void warning(std::string_view message) { write(Level::Warning, message); }
inline void notice(std::string_view message) { write(Level::Notice, message); }
inline void info(std::string_view message) { write(Level::Info, message); }

// The line write() would print, for tests.
std::string format_line(Level level, std::string_view message);

}  // namespace kiosk::log
