#pragma once
// One sync of a device database at a time, across processes and threads. Two at once (the
// window's background worker and `contact-kiosk sync` in a terminal) would interleave their
// batches, and a batch could then vouch for an audit row the server no longer counts among the
// newest it saw: the server would take that for a rewritten history and reject real records
// (docs/sync-api.md, "Audit head"). An advisory lock on a file beside the database; the kernel
// drops it when its holder exits, even after SIGKILL.
#include <filesystem>
#include <optional>

namespace kiosk::app {

class SyncLock {
public:
    // Nothing when another sync of this database holds the lock. Throws CommandError when the
    // lock file cannot be opened.
    static std::optional<SyncLock> try_acquire(const std::filesystem::path& database_file);

    SyncLock(SyncLock&& other) noexcept;
    SyncLock& operator=(SyncLock&&) = delete;
    SyncLock(const SyncLock&) = delete;
    SyncLock& operator=(const SyncLock&) = delete;
    ~SyncLock();

private:
    explicit SyncLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

}  // namespace kiosk::app
