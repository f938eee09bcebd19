#include "kiosk/app/shell/screenshot_scenes.hpp"

#include <stdexcept>

#include "kiosk/app/shell/coordinator_scenes.hpp"
#include "kiosk/app/demo/demo_seed_contact_kinds.hpp"
#include "kiosk/app/shell/staff_screenshot_scenes.hpp"

namespace kiosk::app {

namespace {

// The demo morning is 10:05: the 10:00 visits are on time, the 11:30 ones are early.
const TodaysVisit& visit_at(const ScreenshotDemo& demo, const std::string& hhmm) {
    for (const auto& visit : demo.seeded.todays_visits) {
        if (visit.starts_local == hhmm) return visit;
    }
    throw std::runtime_error("the demo data has no visit at " + hhmm);
}

void type_code(KioskApp& app, const std::string& code) {
    for (const char c : code) app.family().handle(ui::CodeIntent{ui::TypeCodeCharacter{c}});
}

void to_code(KioskApp& app) { app.family().handle(ui::AttractIntent{ui::StartCheckIn{}}); }

void to_attendees(KioskApp& app, const ScreenshotDemo& demo, const std::string& hhmm = "10:00") {
    to_code(app);
    type_code(app, visit_at(demo, hhmm).visit_code);
}

void to_agreement(KioskApp& app, const ScreenshotDemo& demo) {
    to_attendees(app, demo);
    app.family().handle(ui::AttendeesIntent{ui::ToggleAttendee{0}});
    app.family().handle(ui::AttendeesIntent{ui::ConfirmAttendees{}});
}

void to_signature(KioskApp& app, const ScreenshotDemo& demo) {
    to_agreement(app, demo);
    app.family().handle(ui::AgreementIntent{ui::ConfirmAgreement{}});
}

// A loose, hand-like loop across the pad.
void sign(KioskApp& app) {
    const float xs[] = {0.12F, 0.18F, 0.24F, 0.3F, 0.36F, 0.42F, 0.5F, 0.58F, 0.66F, 0.74F, 0.82F};
    const float ys[] = {0.62F, 0.38F, 0.6F, 0.34F, 0.66F, 0.45F, 0.58F, 0.4F, 0.62F, 0.5F, 0.56F};
    for (std::size_t i = 0; i < std::size(xs); ++i) {
        app.family().handle(ui::SignatureIntent{ui::SignatureInk{i == 0, {xs[i], ys[i]}}});
    }
}

void to_activities(KioskApp& app, const ScreenshotDemo& demo) {
    to_signature(app, demo);
    sign(app);
    app.family().handle(ui::SignatureIntent{ui::FinishSignature{}});
}

}  // namespace

const std::vector<ScreenshotScene>& screenshot_scenes() {
    static const std::vector<ScreenshotScene> scenes = [] {
        std::vector<ScreenshotScene> all{
        {"family/attract", [](KioskApp&, const ScreenshotDemo&) {}},
        {"family/code",
         [](KioskApp& app, const ScreenshotDemo&) {
             to_code(app);
             type_code(app, "KT4");
         }},
        {"family/attendees",
         [](KioskApp& app, const ScreenshotDemo& demo) {
             to_attendees(app, demo);
             app.family().handle(ui::AttendeesIntent{ui::ToggleAttendee{0}});
         }},
        // Someone not on the agreement came too: staff are told, the approved adults carry on.
        {"family/someone-else",
         [](KioskApp& app, const ScreenshotDemo& demo) {
             to_attendees(app, demo);
             app.family().handle(ui::AttendeesIntent{ui::SomeoneElseIsHere{}});
             app.family().handle(ui::AttendeesIntent{ui::ToggleAttendee{0}});
         }},
        {"family/early",
         [](KioskApp& app, const ScreenshotDemo& demo) {
             to_attendees(app, demo, "11:30");
             app.family().handle(ui::AttendeesIntent{ui::ToggleAttendee{0}});
             app.family().handle(ui::AttendeesIntent{ui::ConfirmAttendees{}});
         }},
        {"family/agreement", to_agreement},
        {"family/signature",
         [](KioskApp& app, const ScreenshotDemo& demo) {
             to_signature(app, demo);
             sign(app);
         }},
        {"family/activities", to_activities},
        {"family/done",
         [](KioskApp& app, const ScreenshotDemo& demo) {
             to_activities(app, demo);
             app.family().handle(ui::ActivitiesIntent{ui::FinishActivities{}});
         }},
        {"family/feedback",
         [](KioskApp& app, const ScreenshotDemo& demo) {
             app.family().handle(ui::AttractIntent{ui::StartFeedback{}});
             type_code(app, visit_at(demo, "10:00").visit_code);
             app.family().handle(ui::FeedbackIntent{ui::ChooseFace{5}});
             app.family().handle(ui::FeedbackIntent{ui::ChooseFace{4}});
         }},
        {"family/still-there",
         [](KioskApp& app, const ScreenshotDemo& demo) {
             to_attendees(app, demo);
             app.family().handle(ui::AttendeesIntent{ui::ToggleAttendee{0}});
             app.family().pretend_untouched_for(kStillThereAfter + std::chrono::seconds{3});
         }},
        // Issue #16: Zofia and Mila's visit at 14:00 (drawn at 13:55): ideas for both their ages.
        {"family/activities-siblings",
         [](KioskApp& app, const ScreenshotDemo&) {
             to_code(app);
             type_code(app, kDemoSiblingVisitCode);
             app.family().handle(ui::AttendeesIntent{ui::ToggleAttendee{0}});
             app.family().handle(ui::AttendeesIntent{ui::ConfirmAttendees{}});
             app.family().handle(ui::AgreementIntent{ui::ConfirmAgreement{}});
             sign(app);
             app.family().handle(ui::SignatureIntent{ui::FinishSignature{}});
         },
         nullptr, std::chrono::minutes{230}},
        // A video call's code typed at the lobby: nothing to check in, and not a wrong code.
        {"family/not-at-venue",
         [](KioskApp& app, const ScreenshotDemo&) {
             to_code(app);
             type_code(app, kDemoCallVisitCode);
         }},
        {"family/locked",
         [](KioskApp& app, const ScreenshotDemo&) {
             to_code(app);
             for (int i = 0; i < 5; ++i) type_code(app, "AAAAAA");
         }},
        };
        for (auto& scene : coordinator_scenes()) all.push_back(std::move(scene));
        for (auto& scene : staff_screenshot_scenes()) all.push_back(std::move(scene));
        return all;
    }();
    return scenes;
}

const ScreenshotScene* find_screenshot_scene(const std::string& name) {
    for (const auto& scene : screenshot_scenes()) {
        if (scene.name == name) return &scene;
    }
    return nullptr;
}

std::vector<std::string> screenshot_screen_names() {
    std::vector<std::string> names;
    for (const auto& scene : screenshot_scenes()) names.push_back(scene.name);
    return names;
}

}  // namespace kiosk::app
