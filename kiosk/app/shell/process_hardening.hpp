#pragma once
// What the process does to itself before it touches any record: no core dump (it would hold
// decrypted records and the database key) and no ptrace attach by other processes of the
// same user (PR_SET_DUMPABLE 0 also makes /proc/<pid>/mem readable by root only).
namespace kiosk::app {

// Returns false when the kernel refused either setting.
bool harden_process();
// True when the process can no longer dump core (for tests and the start-up check).
bool process_is_hardened();

}  // namespace kiosk::app
