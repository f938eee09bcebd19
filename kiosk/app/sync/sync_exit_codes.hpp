#pragma once
// Exit codes of `contact-kiosk sync`, for scripts and schedulers.
namespace kiosk::app {
inline constexpr int kSyncExitDone = 0;           // nothing is left queued
inline constexpr int kSyncExitStillQueued = 2;    // some records stay queued (no network, server trouble)
inline constexpr int kSyncExitConfiguration = 3;  // configuration, token or TLS refused: a person must act
}  // namespace kiosk::app
