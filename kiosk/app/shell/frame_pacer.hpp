#pragma once
// Decides when the window draws its next frame, so an idle kiosk sleeps instead of burning a
// core at 60 frames a second. Pure logic (no GLFW): the window asks it after every frame how
// long it may sleep, and tells it about input.
//
//  - After input, draw a few more frames at once: ImGui needs a frame or two to settle hover,
//    press and release states, and the frame after a tap shows its result.
//  - Otherwise sleep until the clock on screen changes (the next whole minute) or the earliest
//    timer asked for with wake_at(), whichever is first. Input wakes the window earlier.
//  - It never answers "poll again" while idle, so the loop cannot spin.
namespace kiosk::app {

class FramePacer {
public:
    static constexpr int kFramesAfterActivity = 3;
    // A little past the minute, so a timer that fires a hair early still shows the new minute.
    static constexpr double kMinuteMarginSeconds = 0.05;

    explicit FramePacer(int frames_after_activity = kFramesAfterActivity);

    // Input or a window event (resize, focus, expose) happened.
    void on_activity();
    // Something on screen changes at `unix_seconds` (a countdown, an inactivity reset).
    // The earliest pending timer wins; it is forgotten once passed.
    void wake_at(double unix_seconds);

    // Called after each drawn frame with the current time. Returns 0 to draw the next frame
    // at once (poll events only), or the seconds to wait for events before drawing again.
    double wait_seconds(double now_unix_seconds);

private:
    int frames_after_activity_;
    int frames_owed_ = 0;
    double timer_ = 0.0;  // 0 = none pending
};

}  // namespace kiosk::app
