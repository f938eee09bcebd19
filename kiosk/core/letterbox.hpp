#pragma once
// Indirect contact, "letterbox" (issue #16, item 3): letters, cards and photos exchanged through
// the service rather than in person. An arrangement says who writes to whom and how often (twice
// a year: every 6 months); each item is logged when it arrives, checked by a worker against the
// agreement's rules, then forwarded, or held with a reason. The next exchange is due a period
// after the last item arrived (the first one on the arrangement's first due date), and shows on
// the coordinator's deadlines board.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::core {

// To the child (from the family) or from the child (and their carers) to the family.
enum class LetterboxDirection { ToChild, FromChild };
std::string_view to_string(LetterboxDirection direction);
std::optional<LetterboxDirection> parse_letterbox_direction(std::string_view text);

enum class LetterboxItemKind { Letter, Card, Photo, Other };
std::string_view to_string(LetterboxItemKind kind);
std::optional<LetterboxItemKind> parse_letterbox_item_kind(std::string_view text);

enum class LetterboxDecision { Waiting, Forwarded, Held };
std::string_view to_string(LetterboxDecision decision);
std::optional<LetterboxDecision> parse_letterbox_decision(std::string_view text);

// What a worker checks an item for before it goes on, from the agreement's rules and letterbox
// practice. Stored and sent as these keys.
enum class LetterboxCheck {
    NoAddressOrSchool,     // nothing that says where the child or the carers live, or the school
    NoPromises,            // no promises about coming home or seeing each other
    NoDistressingContent,  // nothing blaming, frightening or about the case
    PhotosAsAgreed,        // photos only as the agreement allows (none of the carers' home)
};
std::string_view to_string(LetterboxCheck check);
std::optional<LetterboxCheck> parse_letterbox_check(std::string_view text);
const std::vector<LetterboxCheck>& letterbox_checks();

struct LetterboxArrangement {
    Id id = 0;
    Id child_id = 0;
    LetterboxDirection direction = LetterboxDirection::ToChild;
    std::string with_whom;    // "Mum", "Grandad Peter": the family member who writes or is written to
    int every_months = 6;     // twice a year
    std::string first_due;    // YYYY-MM-DD
    bool active = true;
};

inline constexpr int kMaxLetterboxMonths = 24;

struct LetterboxItem {
    Id id = 0;
    Id child_id = 0;
    Id arrangement_id = 0;    // 0: an item outside any arrangement
    LetterboxDirection direction = LetterboxDirection::ToChild;
    LetterboxItemKind kind = LetterboxItemKind::Letter;
    std::string from_whom;    // who sent it ("Mum")
    std::string description;  // what it is, in a line or two (never a copy of the letter)
    Timestamp received_at{};
    Id logged_by = 0;
    LetterboxDecision decision = LetterboxDecision::Waiting;
    std::vector<LetterboxCheck> checks_passed;
    std::string reason;       // why it was held (required), or a note on forwarding
    Id checked_by = 0;
    std::optional<Timestamp> decided_at;
};

enum class LetterboxProblem {
    NoWithWhom,        // an arrangement names nobody
    BadPeriod,         // every_months outside 1..24
    BadFirstDue,       // not a date
    NoFromWhom,        // an item says not who sent it
    NoDescription,     // an item says not what it is
    NotAllChecked,     // forwarding needs every check passed; otherwise hold it with a reason
    NoReason,          // held without a reason
    AlreadyDecided,    // a forwarded or held item is not decided again
    TextProblem,
};
std::string_view to_string(LetterboxProblem problem);

std::vector<LetterboxProblem> check_arrangement(const LetterboxArrangement& arrangement);
// The item as logged (before any decision).
std::vector<LetterboxProblem> check_logged_item(const LetterboxItem& item);
// Deciding `item` (as it is now) to `decision` with these checks and reason.
std::vector<LetterboxProblem> check_decision(const LetterboxItem& item, LetterboxDecision decision,
                                             const std::vector<LetterboxCheck>& checks_passed, const std::string& reason);

// The date the next exchange is due: `every_months` after the last item received under the
// arrangement (venue-local dates, YYYY-MM-DD), or its first due date when none has come since
// the arrangement began. An item held still counts: it arrived. None for an inactive arrangement.
std::optional<std::string> next_letterbox_due(const LetterboxArrangement& arrangement,
                                              const std::vector<std::string>& received_dates);

}  // namespace kiosk::core
