#pragma once
// What a coordinator's form holds before anyone has typed (issue #17): one place for the
// numbers the agreement, schedule, risk, transition and letterbox forms start from, so the
// screens, the app and the rules agree. A saved agreement version replaces them when one exists.
#include "kiosk/core/agreement_rules.hpp"
#include "kiosk/core/risk_assessment_rules.hpp"
#include "kiosk/core/supervision.hpp"

namespace kiosk::core::form_defaults {

// The agreement editor.
inline constexpr int kCustomIntervalDays = 10;  // shown when "custom" is picked and none was saved
inline constexpr int kSessionMinutes = 60;
inline constexpr int kGraceMinutes = kDefaultGraceMinutes;  // 15
inline constexpr int kRecordingHours = kDefaultRecordingHours;  // 24
inline constexpr int kRecordingWorkingDays = 2;  // shown when working days are picked and none were saved
inline constexpr SupervisionLevel kSupervisionLevel = SupervisionLevel::Supervised;
// Arrival windows, minutes before the start: the carer brings the child first, the family
// leaves first, so they need not meet.
inline constexpr int kFamilyArriveFrom = 10;
inline constexpr int kFamilyArriveUntil = 0;
inline constexpr int kCarerArriveFrom = 25;
inline constexpr int kCarerArriveUntil = 10;
inline constexpr int kLeaveGapMinutes = 10;
// A sibling's carer comes when the child's own carer does.
inline constexpr int kSiblingCarerFrom = kCarerArriveFrom;
inline constexpr int kSiblingCarerUntil = kCarerArriveUntil;

// Booking sessions, and moving one.
inline constexpr int kSessionHour = 10;
inline constexpr int kSessionMinute = 0;
inline constexpr int kSessionsToBook = 6;
inline constexpr int kMoveByDays = 7;  // a moved session goes to the same time a week later

// The risk assessment before it is filled in.
inline constexpr ContactHistory kContactHistory = ContactHistory::None;
inline constexpr ChildWish kChildWish = ChildWish::TooYoungToSay;
inline constexpr SupervisionLevel kChosenLevel = SupervisionLevel::Supervised;

// A letterbox arrangement's exchange.
inline constexpr int kLetterboxEveryMonths = 6;

}  // namespace kiosk::core::form_defaults
