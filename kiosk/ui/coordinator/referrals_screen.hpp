#pragma once
// coordinator/referrals: the inbox of referrals from the social work team (new, in progress,
// agreed, closed) and, for the one chosen, the child, the family and the social worker's notes.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/referral.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

struct ReferralRow {
    core::Id id = 0;
    std::string child;        // "Ava, 6"
    std::string status;       // translated: "New"
    core::ReferralStatus stage = core::ReferralStatus::New;  // the chip's colour
    std::string received;     // "20 Nov"
    std::string social_worker;
};

struct ReferralDetail {
    std::string child;                       // "Ava, 6 years"
    std::string needs;                       // needs and allergies, one line
    std::vector<std::string> family;         // "Mum — Sarah"
    std::string social_worker;
    std::string notes;
    std::string assessment;                  // "Assessed: supervised" or empty
    std::string agreement;                   // "Agreement version 2, weekly, 60 minutes" or empty
    std::string closed;                      // "Closed today 10:20 by Alex: ..." or empty (still open)
    std::string language;                    // "Language: Polish · interpreter needed" or empty
    // The child's safeguarding concerns, newest first, with the words the worker wrote while this
    // device still holds them: "today 10:05 · High · Jo: a bruise on the arm". A tablet's concern
    // reaches the PC through the venue hub.
    std::vector<std::string> concerns;
};

// The forms the detail pane can show instead of its buttons (referral_forms.hpp).
enum class ReferralForm { None, Placement, Close, Language };
struct ReferralsDraft {
    ReferralForm form = ReferralForm::None;
    std::string placed_date;  // YYYY-MM-DD
    int placed_hour = 0;      // on the time field ("-  08:30  +", or typed)
    int placed_minute = 0;
    std::string close_reason;
    int language = 0;  // 0: not recorded, else 1 + an index into the view's language labels
    bool interpreter = false;
};

struct ReferralsView {
    CoordinatorFrameView frame;
    std::vector<ReferralRow> rows;
    core::Id selected = 0;
    ReferralDetail detail;
    std::string problem;
    std::string done;
    std::vector<std::string> language_labels;  // the known languages' names, in the coordinator's language
};

struct SelectReferral { core::Id id = 0; };
struct OpenRiskAssessment {};
struct OpenAgreement {};
struct OpenSchedule {};
struct ShowReferralForm { ReferralForm form = ReferralForm::None; };
struct SavePlacement {};
struct SaveClosure {};
struct SaveLanguageNeeds {};
using ReferralsIntent = std::variant<std::monostate, CoordinatorTab, SelectReferral, OpenRiskAssessment, OpenAgreement,
                                     OpenSchedule, ShowReferralForm, SavePlacement, SaveClosure, SaveLanguageNeeds>;

ReferralsIntent draw_referrals_screen(const ReferralsView& view, ReferralsDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
