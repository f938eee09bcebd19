#pragma once
// Brothers and sisters in one session (issue #16, item 1). The session's own child (position 1)
// is the one whose agreement it is; the agreement names the siblings who come too (positions
// 2, 3, ...), each maybe from another placement, with their own carer and travel: each has a
// carer's arrival window and leave order of their own.
//
// The record stays one record per session, with a part per child for what is each child's own
// (arrival, departure, the child's voice): see docs/ARCHITECTURE.md, "Siblings".
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiosk/core/agreement.hpp"
#include "kiosk/core/ids.hpp"
#include "kiosk/core/observation_record.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

inline constexpr int kMaxChildrenInSession = 6;

enum class SiblingProblem { SameChild, Twice, TooMany, BadArrivalWindow };
std::string_view to_string(SiblingProblem problem);
// The siblings of `own_child`'s agreement: not the child themself, nobody twice, at most
// kMaxChildrenInSession children in all, and every carer's window a real window.
std::vector<SiblingProblem> check_siblings(Id own_child, const std::vector<SiblingPlan>& siblings);

// Each sibling's window in a session starting at `starts`.
std::vector<SessionSibling> siblings_for(Timestamp starts, const std::vector<SiblingPlan>& plans);

// The ages on `on_date` (venue-local "YYYY-MM-DD") of children born on `dates_of_birth`.
std::vector<int> ages_on(const std::vector<std::string>& dates_of_birth, const std::string& on_date);

// The sections of a record that are each child's own: a sibling gets one of each.
std::span<const RecordSection> per_child_sections();
// "child_voice#2": a sibling's section as the record stores and sends it.
std::string sibling_section_key(RecordSection section, int position);
std::optional<std::pair<RecordSection, int>> parse_sibling_section_key(std::string_view key);
// The per-child sections of the siblings at `positions` that are missing or blank.
std::vector<std::pair<RecordSection, int>> missing_sibling_sections(const ObservationRecord& record,
                                                                   const std::vector<int>& positions);

}  // namespace kiosk::core
