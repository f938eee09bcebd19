#pragma once
// Token rotation on the device: asks the server for a new bearer token with the current one,
// writes it over the token file (a new file renamed into place, so the file always holds a
// whole token), then uses it once, which retires the old one on the server. A crash between
// the server's answer and the rename leaves the old token working (the server keeps it until
// the new one is used), so the device is never locked out. docs/sync-api.md, "Token rotation".
#include <filesystem>

#include "kiosk/app/config.hpp"
#include "kiosk/app/sync/sync_connection.hpp"

namespace kiosk::app {

// How old a token file may grow before a full sync rotates it (sync_once.cpp).
inline constexpr std::chrono::hours kRotateTokenAfter{24 * 30};

// Throws CommandError (exit 3) for a configuration or token problem, and when the server
// could not be reached (nothing changed then).
void rotate_device_token(const Config& config, SyncTuning tuning = {});

// True when the token file was last written longer ago than `max_age`.
bool token_file_older_than(const std::filesystem::path& token_file, std::chrono::hours max_age);

}  // namespace kiosk::app
