#include "kiosk/core/letterbox.hpp"

#include <algorithm>

#include "kiosk/core/calendar.hpp"
#include "kiosk/core/enum_names.hpp"
#include "kiosk/core/text.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<LetterboxDirection, 2> kDirections{{{
    {LetterboxDirection::ToChild, "to_child"},
    {LetterboxDirection::FromChild, "from_child"},
}}};
constexpr EnumNames<LetterboxItemKind, 4> kKinds{{{
    {LetterboxItemKind::Letter, "letter"},
    {LetterboxItemKind::Card, "card"},
    {LetterboxItemKind::Photo, "photo"},
    {LetterboxItemKind::Other, "other"},
}}};
constexpr EnumNames<LetterboxDecision, 3> kDecisions{{{
    {LetterboxDecision::Waiting, "waiting"},
    {LetterboxDecision::Forwarded, "forwarded"},
    {LetterboxDecision::Held, "held"},
}}};
constexpr EnumNames<LetterboxCheck, 4> kChecks{{{
    {LetterboxCheck::NoAddressOrSchool, "no_address_or_school"},
    {LetterboxCheck::NoPromises, "no_promises"},
    {LetterboxCheck::NoDistressingContent, "no_distressing_content"},
    {LetterboxCheck::PhotosAsAgreed, "photos_as_agreed"},
}}};
constexpr EnumNames<LetterboxProblem, 9> kProblems{{{
    {LetterboxProblem::NoWithWhom, "no_with_whom"},
    {LetterboxProblem::BadPeriod, "bad_period"},
    {LetterboxProblem::BadFirstDue, "bad_first_due"},
    {LetterboxProblem::NoFromWhom, "no_from_whom"},
    {LetterboxProblem::NoDescription, "no_description"},
    {LetterboxProblem::NotAllChecked, "not_all_checked"},
    {LetterboxProblem::NoReason, "no_reason"},
    {LetterboxProblem::AlreadyDecided, "already_decided"},
    {LetterboxProblem::TextProblem, "text_problem"},
}}};

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}
}  // namespace

std::string_view to_string(LetterboxDirection d) { return kDirections.name(d); }
std::optional<LetterboxDirection> parse_letterbox_direction(std::string_view t) { return kDirections.parse(t); }
std::string_view to_string(LetterboxItemKind k) { return kKinds.name(k); }
std::optional<LetterboxItemKind> parse_letterbox_item_kind(std::string_view t) { return kKinds.parse(t); }
std::string_view to_string(LetterboxDecision d) { return kDecisions.name(d); }
std::optional<LetterboxDecision> parse_letterbox_decision(std::string_view t) { return kDecisions.parse(t); }
std::string_view to_string(LetterboxCheck c) { return kChecks.name(c); }
std::optional<LetterboxCheck> parse_letterbox_check(std::string_view t) { return kChecks.parse(t); }
std::string_view to_string(LetterboxProblem p) { return kProblems.name(p); }

const std::vector<LetterboxCheck>& letterbox_checks() {
    static const std::vector<LetterboxCheck> checks{LetterboxCheck::NoAddressOrSchool, LetterboxCheck::NoPromises,
                                                    LetterboxCheck::NoDistressingContent, LetterboxCheck::PhotosAsAgreed};
    return checks;
}

std::vector<LetterboxProblem> check_arrangement(const LetterboxArrangement& a) {
    std::vector<LetterboxProblem> out;
    if (blank(a.with_whom)) out.push_back(LetterboxProblem::NoWithWhom);
    if (a.every_months < 1 || a.every_months > kMaxLetterboxMonths) out.push_back(LetterboxProblem::BadPeriod);
    if (!is_iso_date(a.first_due)) out.push_back(LetterboxProblem::BadFirstDue);
    if (check_short_text(a.with_whom) != TextProblem::None) out.push_back(LetterboxProblem::TextProblem);
    return out;
}

std::vector<LetterboxProblem> check_logged_item(const LetterboxItem& item) {
    std::vector<LetterboxProblem> out;
    if (blank(item.from_whom)) out.push_back(LetterboxProblem::NoFromWhom);
    if (blank(item.description)) out.push_back(LetterboxProblem::NoDescription);
    if (check_short_text(item.from_whom) != TextProblem::None ||
        check_free_text(item.description, 1000) != TextProblem::None) {
        out.push_back(LetterboxProblem::TextProblem);
    }
    return out;
}

std::vector<LetterboxProblem> check_decision(const LetterboxItem& item, LetterboxDecision decision,
                                             const std::vector<LetterboxCheck>& passed, const std::string& reason) {
    std::vector<LetterboxProblem> out;
    if (item.decision != LetterboxDecision::Waiting) out.push_back(LetterboxProblem::AlreadyDecided);
    if (decision == LetterboxDecision::Forwarded) {
        for (const auto check : letterbox_checks()) {
            if (std::find(passed.begin(), passed.end(), check) == passed.end()) {
                out.push_back(LetterboxProblem::NotAllChecked);
                break;
            }
        }
    }
    if (decision == LetterboxDecision::Held && blank(reason)) out.push_back(LetterboxProblem::NoReason);
    if (decision == LetterboxDecision::Waiting) out.push_back(LetterboxProblem::AlreadyDecided);
    if (check_free_text(reason, 1000) != TextProblem::None) out.push_back(LetterboxProblem::TextProblem);
    return out;
}

std::optional<std::string> next_letterbox_due(const LetterboxArrangement& arrangement,
                                              const std::vector<std::string>& received_dates) {
    if (!arrangement.active || !is_iso_date(arrangement.first_due) || arrangement.every_months < 1) return std::nullopt;
    // The arrangement begins a period before its first due date: what came before belongs to an
    // earlier arrangement (or none).
    const std::string begins = add_months(arrangement.first_due, -arrangement.every_months);
    std::optional<std::string> last;
    for (const auto& day : received_dates) {
        if (!is_iso_date(day) || day <= begins) continue;
        if (!last || day > *last) last = day;
    }
    if (!last) return arrangement.first_due;
    return add_months(*last, arrangement.every_months);
}

}  // namespace kiosk::core
