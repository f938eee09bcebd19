#pragma once
// coordinator/referrals: the inbox of referrals from the social work team (new, in progress,
// agreed, closed) and, for the one chosen, the child, the family and the social worker's notes.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

struct ReferralRow {
    core::Id id = 0;
    std::string child;        // "Ava, 6"
    std::string status;       // translated: "New"
    int status_rank = 0;      // 0 new, 1 in progress, 2 agreed, 3 closed (chip colour)
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
    // The child's safeguarding concerns, newest first, with the words the worker wrote while this
    // device still holds them: "today 10:05 · High · Jo: a bruise on the arm". A tablet's concern
    // reaches the PC through the venue hub.
    std::vector<std::string> concerns;
};

struct ReferralsView {
    CoordinatorFrameView frame;
    std::vector<ReferralRow> rows;
    core::Id selected = 0;
    ReferralDetail detail;
};

struct SelectReferral { core::Id id = 0; };
struct OpenRiskAssessment {};
struct OpenAgreement {};
struct OpenSchedule {};
using ReferralsIntent =
    std::variant<std::monostate, CoordinatorTab, SelectReferral, OpenRiskAssessment, OpenAgreement, OpenSchedule>;

ReferralsIntent draw_referrals_screen(const ReferralsView& view, const UiResources& ui);

}  // namespace kiosk::ui
