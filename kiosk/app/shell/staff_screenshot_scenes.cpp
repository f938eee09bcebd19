#include "kiosk/app/shell/staff_screenshot_scenes.hpp"

#include <stdexcept>
#include <string>

#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/shell/staff_face.hpp"
#include "kiosk/core/call_events.hpp"

namespace kiosk::app {

namespace {

StaffFace& face_of(KioskApp& app) {
    StaffFace* face = app.staff_face();
    if (face == nullptr) throw std::logic_error("a staff scene needs the staff face open");
    return *face;
}

void choose_jo(StaffController& staff) {
    for (const auto& choice : staff.signin_view().roster) {
        if (choice.first_name == "Jo") staff.handle(ui::SignInIntent{ui::ChooseStaff{choice.staff_id}});
    }
}

StaffController& signed_in_as_jo(KioskApp& app) {
    StaffController& staff = face_of(app).controller();
    choose_jo(staff);
    for (const char* digit = kDemoStaffPin; *digit != '\0'; ++digit) {
        staff.handle(ui::SignInIntent{ui::PinDigit{*digit}});
    }
    staff.handle(ui::SignInIntent{ui::SubmitPin{}});
    if (staff.signed_in() == nullptr) throw std::runtime_error("the demo PIN did not sign Jo in");
    return staff;
}

// Jo's first session today, opened, with the child arrived.
StaffController& jos_session_under_way(KioskApp& app, bool start) {
    StaffController& staff = signed_in_as_jo(app);
    for (const auto& row : staff.board_view().rows) {
        if (row.worker_name != "Jo") continue;
        staff.handle(ui::BoardIntent{ui::OpenSession{row.session_id}});
        break;
    }
    staff.handle(ui::SessionIntent{ui::BroughtByEdited{"Helen (foster carer)"}});
    staff.handle(ui::SessionIntent{ui::MarkChildArrived{}});
    if (start) staff.handle(ui::SessionIntent{ui::StartSession{}});
    return staff;
}

StaffController& record_being_written(KioskApp& app) {
    StaffController& staff = jos_session_under_way(app, true);
    staff.handle(ui::SessionIntent{ui::OpenRecord{}});
    staff.handle(ui::RecordIntent{ui::TapChip{"greeting_hug"}});
    staff.handle(ui::RecordIntent{ui::NoteEdited{"Mum brought a drawing she had made at home."}});
    staff.handle(ui::RecordIntent{ui::AddNote{}});
    staff.handle(ui::RecordIntent{ui::TapChip{"play_together"}});
    staff.handle(ui::RecordIntent{ui::SectionEdited{0, "Mum arrived at 09:52, eight minutes before the start."}});
    staff.handle(ui::RecordIntent{ui::SectionEdited{1, "Helen (foster carer) brought the child at 09:40."}});
    staff.handle(ui::RecordIntent{
        ui::SectionEdited{2, "The child seemed happy and obviously wanted to see Mum; she ran to the door."}});
    return staff;
}

// Jo's session starting at `hhmm` today, opened from the board.
StaffController& jos_session_at(KioskApp& app, const std::string& hhmm) {
    StaffController& staff = signed_in_as_jo(app);
    for (const auto& row : staff.board_view().rows) {
        if (row.starts_hhmm == hhmm) staff.handle(ui::BoardIntent{ui::OpenSession{row.session_id}});
    }
    return staff;
}

// Issue #16: Zofia and Mila's visit. Mila's carer brought her first, in her own window.
StaffController& sibling_visit(KioskApp& app, bool start) {
    StaffController& staff = jos_session_at(app, "14:00");
    const auto view = staff.session_view();
    staff.handle(ui::SessionIntent{ui::BroughtByEdited{"Bronwen (Mila's carer)"}});
    if (!view.sibling_arrivals.empty()) {
        staff.handle(ui::SessionIntent{ui::MarkSiblingArrived{view.sibling_arrivals.front().child_id}});
    }
    if (start) {
        staff.handle(ui::SessionIntent{ui::BroughtByEdited{"Helen (Zofia's foster carer)"}});
        staff.handle(ui::SessionIntent{ui::MarkChildArrived{}});
        staff.handle(ui::SessionIntent{ui::StartSession{}});
    }
    return staff;
}

}  // namespace

std::vector<ScreenshotScene> staff_screenshot_scenes() {
    return {
        {"staff/signin",
         [](KioskApp& app, const ScreenshotDemo&) {
             StaffController& staff = face_of(app).controller();
             choose_jo(staff);
             for (const char digit : {'2', '4', '6'}) staff.handle(ui::SignInIntent{ui::PinDigit{digit}});
         }},
        {"staff/board",
         [](KioskApp& app, const ScreenshotDemo&) {
             StaffController& staff = jos_session_under_way(app, true);
             staff.handle(ui::SessionIntent{ui::OpenRecord{}});
             staff.handle(ui::RecordIntent{ui::RaiseConcern{}});
             staff.handle(ui::ConcernIntent{ui::ChooseSeverity{1}});
             staff.handle(ui::ConcernIntent{ui::ConcernEdited{"A bruise on the left forearm, about 3 cm."}});
             staff.handle(ui::ConcernIntent{ui::SendConcern{}});
             staff.handle(ui::RecordIntent{ui::BackToSession{}});
             staff.handle(ui::SessionIntent{ui::BackToBoard{}});
         }},
        {"staff/session", [](KioskApp& app, const ScreenshotDemo&) { jos_session_under_way(app, false); }},
        {"staff/record", [](KioskApp& app, const ScreenshotDemo&) { record_being_written(app); }},
        {"staff/keyboard",
         [](KioskApp& app, const ScreenshotDemo&) {
             record_being_written(app);
             face_of(app).focus_record_section(2);
         }},
        {"staff/concern",
         [](KioskApp& app, const ScreenshotDemo&) {
             StaffController& staff = record_being_written(app);
             staff.handle(ui::RecordIntent{ui::RaiseConcern{}});
             staff.handle(ui::ConcernIntent{ui::ChooseSeverity{1}});
             staff.handle(ui::ConcernIntent{ui::ConcernEdited{
                 "A bruise on the left forearm, about 3 cm. The child said she fell off her bike at the weekend."}});
         }},
        {"staff/finalize",
         [](KioskApp& app, const ScreenshotDemo&) {
             StaffController& staff = record_being_written(app);
             staff.handle(ui::RecordIntent{ui::GoToFinalize{}});
             staff.handle(ui::FinalizeIntent{ui::SignAndFinalize{}});
         }},
        // A photo taken at the pond, about to be saved, under a drawing noted earlier (issue #16).
        {"staff/life-story",
         [](KioskApp& app, const ScreenshotDemo&) {
             StaffController& staff = jos_session_under_way(app, true);
             staff.handle(ui::SessionIntent{ui::OpenLifeStory{}});
             staff.handle(ui::LifeStoryIntent{ui::ChooseLifeStoryKind{1}});
             staff.handle(ui::LifeStoryIntent{ui::LifeStoryWordsEdited{"A house with four windows and a cat, for Mum."}});
             staff.handle(ui::LifeStoryIntent{ui::LifeStoryPlaceEdited{"Memory box"}});
             staff.handle(ui::LifeStoryIntent{ui::SaveLifeStoryNote{}});
             staff.handle(ui::LifeStoryIntent{ui::ChooseLifeStoryKind{2}});
             staff.handle(ui::LifeStoryIntent{ui::LifeStoryWordsEdited{"Isla and Mum feeding the ducks."}});
             staff.handle(ui::LifeStoryIntent{ui::LifeStoryConsentEdited{"Mum, and Dana (the child's social worker)"}});
             staff.handle(ui::LifeStoryIntent{ui::LifeStoryPlaceEdited{"Case file"}});
         }},
        {"staff/session-siblings", [](KioskApp& app, const ScreenshotDemo&) { sibling_visit(app, false); }, nullptr,
         std::chrono::minutes{225}},
        // The record of a sibling visit: each child's own parts, Mila's in view.
        {"staff/record-siblings",
         [](KioskApp& app, const ScreenshotDemo&) {
             StaffController& staff = sibling_visit(app, true);
             staff.handle(ui::SessionIntent{ui::OpenRecord{}});
             const auto sections = staff.record_view().sections.size();
             if (sections > 10) {
                 staff.handle(ui::RecordIntent{ui::SectionEdited{10, "Mila arrived with Bronwen at 13:25 and ran to Zofia."}});
                 face_of(app).focus_record_section(10);
             }
         },
         nullptr, std::chrono::minutes{240}},
        // Reuben's WhatsApp call: everyone joined, the session started, Mum's connection dropped.
        {"staff/session-call",
         [](KioskApp& app, const ScreenshotDemo&) {
             StaffController& staff = jos_session_at(app, "15:30");
             const auto joined = static_cast<int>(core::CallEventKind::Joined);
             staff.handle(ui::SessionIntent{ui::RecordCallEvent{static_cast<int>(core::CallParty::Carer), joined}});
             staff.handle(ui::SessionIntent{ui::RecordCallEvent{static_cast<int>(core::CallParty::Child), joined}});
             staff.handle(ui::SessionIntent{ui::RecordCallEvent{static_cast<int>(core::CallParty::Family), joined}});
             staff.handle(ui::SessionIntent{ui::StartSession{}});
             staff.handle(ui::SessionIntent{ui::RecordCallEvent{static_cast<int>(core::CallParty::Family),
                                                                static_cast<int>(core::CallEventKind::Dropped)}});
         },
         nullptr, std::chrono::minutes{335}},
        {"staff/due",
         [](KioskApp& app, const ScreenshotDemo&) { signed_in_as_jo(app).handle(ui::BoardIntent{ui::ShowDueList{}}); }},
        // Dad's letter asks where his daughter goes to school: three checks ticked, the reason
        // typed, about to be held (issue #16, item 3).
        {"staff/letterbox",
         [](KioskApp& app, const ScreenshotDemo&) {
             StaffController& staff = signed_in_as_jo(app);
             staff.handle(ui::BoardIntent{ui::ShowLettersToCheck{}});
             for (const int check : {1, 2, 3}) staff.handle(ui::StaffLetterboxIntent{ui::TickLetterboxCheck{check}});
             staff.handle(ui::StaffLetterboxIntent{
                 ui::LetterboxReasonEdited{"He asks which school she goes to. Coordinator to talk to Dad first."}});
         }},
    };
}

}  // namespace kiosk::app
