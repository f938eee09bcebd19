#pragma once
// A whole sync from a configuration: its own database connection, settings, connection and
// run. Shared by `contact-kiosk sync` and the background worker.
#include <atomic>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/sync_connection.hpp"
#include "kiosk/app/sync/sync_run.hpp"

namespace kiosk::app {

// Throws CommandError (exit 3) when the settings are incomplete or the token unreadable.
SyncSummary sync_once(const Config& config, const core::Clock& clock, SyncProgressBoard& board,
                      const SyncOptions& options = {}, const std::atomic<bool>* cancel = nullptr,
                      SyncTuning tuning = {});

}  // namespace kiosk::app
