// When the window draws: a few frames after input, otherwise asleep until the clock changes.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include "kiosk/app/shell/frame_pacer.hpp"

using Catch::Approx;
using kiosk::app::FramePacer;

namespace {
// 2026-11-23 10:05:15.5 UTC, as Unix seconds.
constexpr double kMinuteStart = 1795428300.0;
constexpr double kNow = kMinuteStart + 15.5;
}  // namespace

TEST_CASE("after input the pacer draws a few frames at once, then sleeps") {
    FramePacer pacer{3};
    pacer.on_activity();
    CHECK(pacer.wait_seconds(kNow) == 0.0);
    CHECK(pacer.wait_seconds(kNow) == 0.0);
    CHECK(pacer.wait_seconds(kNow) == 0.0);
    CHECK(pacer.wait_seconds(kNow) > 0.0);
}

TEST_CASE("new input restarts the burst of frames") {
    FramePacer pacer{3};
    pacer.on_activity();
    CHECK(pacer.wait_seconds(kNow) == 0.0);
    pacer.on_activity();
    for (int frame = 0; frame < 3; ++frame) CHECK(pacer.wait_seconds(kNow) == 0.0);
    CHECK(pacer.wait_seconds(kNow) > 0.0);
}

TEST_CASE("an idle pacer sleeps until just after the next minute") {
    FramePacer pacer;
    CHECK(pacer.wait_seconds(kNow) ==
          Approx(60.0 - 15.5 + FramePacer::kMinuteMarginSeconds).margin(1e-6));
    // Exactly on a minute, the next change is a whole minute away: never "draw again now".
    CHECK(pacer.wait_seconds(kMinuteStart) ==
          Approx(60.0 + FramePacer::kMinuteMarginSeconds).margin(1e-6));
}

TEST_CASE("a timer before the next minute wakes the pacer earlier, once") {
    FramePacer pacer;
    pacer.wake_at(kNow + 5.0);
    pacer.wake_at(kNow + 20.0);  // a later timer does not push the earlier one back
    CHECK(pacer.wait_seconds(kNow) == Approx(5.0).margin(1e-6));
    // After it fired, it is forgotten: back to waiting for the minute.
    CHECK(pacer.wait_seconds(kNow + 5.0) ==
          Approx(60.0 - 20.5 + FramePacer::kMinuteMarginSeconds).margin(1e-6));
}

TEST_CASE("a timer after the next minute does not delay the clock") {
    FramePacer pacer;
    pacer.wake_at(kNow + 600.0);
    CHECK(pacer.wait_seconds(kNow) ==
          Approx(60.0 - 15.5 + FramePacer::kMinuteMarginSeconds).margin(1e-6));
}

TEST_CASE("an idle pacer never asks to spin, at any moment") {
    FramePacer pacer;
    for (double t = kMinuteStart - 61.0; t < kMinuteStart + 181.0; t += 0.37) {
        const double wait = pacer.wait_seconds(t);
        INFO("at " << (t - kMinuteStart));
        CHECK(wait > 0.0);
        CHECK(wait <= 60.0 + FramePacer::kMinuteMarginSeconds + 1e-6);
    }
}
