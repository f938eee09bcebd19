#pragma once
// Whether standard error is this service's stream into the systemd journal. systemd names
// that stream in JOURNAL_STREAM ("device:inode", systemd.exec(5)); comparing it with what fd 2
// really is tells a service apart from a person's terminal or a pipe that merely inherited
// the variable. The command line then prints its one-sentence errors as log lines with a
// severity (log.hpp), so `journalctl -p err` finds them, and as plain sentences everywhere else.
namespace kiosk::log {

bool stderr_is_journal();

}  // namespace kiosk::log
