#pragma once
// The coordinator's forms offer choices as lists (a combo, radio buttons); the ui keeps the
// chosen row as a number. These are the named choices and the one rule between them and a row
// (issue #17): a row is its choice's place in the list, and a row outside the list (an edited or
// corrupt draft) is the list's first choice, never undefined behaviour.
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kiosk/core/agreement.hpp"
#include "kiosk/core/contact_arrangement.hpp"
#include "kiosk/core/letterbox.hpp"
#include "kiosk/core/risk_assessment_rules.hpp"
#include "kiosk/core/scheduling_rules.hpp"
#include "kiosk/core/staff.hpp"
#include "kiosk/core/supervision.hpp"

namespace kiosk::core {

// The row of `value` in `all` (0 when it is not there).
template <class Choice, std::size_t N>
constexpr int row_of(const std::array<Choice, N>& all, Choice value) {
    for (std::size_t i = 0; i < N; ++i) {
        if (all[i] == value) return static_cast<int>(i);
    }
    return 0;
}
// The choice at `row` of `all`; the first one for a row outside the list.
template <class Choice, std::size_t N>
constexpr Choice choice_at(const std::array<Choice, N>& all, int row) {
    return row >= 0 && static_cast<std::size_t>(row) < N ? all[static_cast<std::size_t>(row)] : all[0];
}

enum class Frequency { Weekly, Fortnightly, Custom };
inline constexpr std::array<Frequency, 3> kAllFrequencies{Frequency::Weekly, Frequency::Fortnightly, Frequency::Custom};
// "weekly", "fortnightly", "custom": the words an agreement version stores.
std::string_view to_string(Frequency frequency);
// A stored frequency; nothing for a word that is none of them.
std::optional<Frequency> frequency_from(std::string_view word);

// How the recording timescale is counted.
enum class TimescaleKind { Hours, WorkingDays };
inline constexpr std::array<TimescaleKind, 2> kAllTimescaleKinds{TimescaleKind::Hours, TimescaleKind::WorkingDays};

inline constexpr std::array<SupervisionLevel, 4> kAllSupervisionLevels{
    SupervisionLevel::Unsupervised, SupervisionLevel::Supported, SupervisionLevel::Supervised,
    SupervisionLevel::CloselySupervised};
// Who leaves first: the family or the carer.
inline constexpr std::array<Party, 2> kAllParties{Party::Family, Party::Carer};
inline constexpr std::array<ContactMode, 3> kAllContactModes{ContactMode::Venue, ContactMode::Virtual, ContactMode::Community};
inline constexpr std::array<CallStarter, 3> kAllCallStarters{CallStarter::Worker, CallStarter::Family, CallStarter::Carer};
inline constexpr std::array<SupervisedBy, 3> kAllSupervisors{SupervisedBy::ContactWorker, SupervisedBy::Carer,
                                                            SupervisedBy::ConsistentAdult};
inline constexpr std::array<Role, 2> kAllRoles{Role::Worker, Role::Coordinator};

// What a coordinator records about a session that did not happen.
inline constexpr std::array<Attendance, 3> kMissedKinds{Attendance::NoShow, Attendance::CancelledByFamily,
                                                       Attendance::CancelledByService};
// A booked session still to come is cancelled or moved.
enum class SessionChange { Cancel, Move };
inline constexpr std::array<SessionChange, 2> kAllSessionChanges{SessionChange::Cancel, SessionChange::Move};
// The transition page's two parts.
enum class TransitionPart { ComfortCall, Icebreaker };
inline constexpr std::array<TransitionPart, 2> kAllTransitionParts{TransitionPart::ComfortCall, TransitionPart::Icebreaker};

inline constexpr std::array<LetterboxItemKind, 4> kAllLetterboxKinds{LetterboxItemKind::Letter, LetterboxItemKind::Card,
                                                                    LetterboxItemKind::Photo, LetterboxItemKind::Other};
inline constexpr std::array<LetterboxDirection, 2> kAllLetterboxDirections{LetterboxDirection::ToChild,
                                                                          LetterboxDirection::FromChild};

// A call platform ("phone", "zoom", ...) and its row in call_platforms(); the first for an unknown one.
int platform_row(std::string_view platform);
std::string_view platform_at(int row);

// A language choice whose first row is "not recorded": row 0 is no language, row 1 + i is
// known_languages()[i].
int language_row(std::string_view code);
std::string language_at(int row);

}  // namespace kiosk::core
