#include "kiosk/app/sync/sync_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/sync/sync_exit_codes.hpp"

namespace kiosk::app {

std::optional<SyncLock> SyncLock::try_acquire(const std::filesystem::path& database_file) {
    const std::filesystem::path file = database_file.string() + ".sync-lock";
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw CommandError("the sync lock file " + file.string() + " cannot be opened", kSyncExitConfiguration);
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return std::nullopt;
    }
    return SyncLock(fd);
}

SyncLock::SyncLock(SyncLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

SyncLock::~SyncLock() {
    if (fd_ >= 0) ::close(fd_);  // closing the only descriptor releases the lock
}

}  // namespace kiosk::app
