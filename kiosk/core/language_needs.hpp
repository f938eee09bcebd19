#pragma once
// A family's language needs, recorded on the referral (issue #16, item 10): the language they
// prefer and whether an interpreter is needed. The staff board shows both; the lobby starts in
// the family's language once their visit code is known, when the lobby has it.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kiosk/core/time.hpp"

namespace kiosk::core {

struct LanguageNeeds {
    std::string preferred;  // an ISO 639-1 code from known_languages(), "" when not recorded
    bool interpreter_needed = false;
};

// One referral's language needs and when the referral was received.
struct ReferralLanguageNeeds {
    Timestamp received_at{};
    LanguageNeeds needs;
};

// The family's language needs from its referrals: the newest referral that says anything (a
// later referral without a language keeps the earlier one's: the family did not change
// language); of two received at the same time, the later in the list. Nothing said: none.
// The venue hub derives a child's copy with this (the lobby and the tablets hold no referral);
// a device's store asks the same question in SQL (store/language_needs_query).
LanguageNeeds family_language_needs(std::span<const ReferralLanguageNeeds> referrals);

// A language code as a referral or a child's copy may carry it: '' or 2 to 8 lower-case
// letters (an ISO 639 code; one this build does not name is kept, and shown as its code).
bool is_language_code(std::string_view code);

// The languages a referral can name (ISO 639-1), the ones a contact service in England or
// Connecticut meets most; the catalogs name each one ("language_name.<code>").
std::span<const std::string_view> known_languages();
bool is_known_language(std::string_view code);

// The language the lobby goes on in once a family's code is known: the language a person
// picked on the lobby themselves always stays; otherwise the family's preferred language when
// the lobby offers it; otherwise the one it is in.
std::string lobby_language_for(const LanguageNeeds& needs, std::span<const std::string> offered,
                               const std::string& current, bool picked_by_person);

}  // namespace kiosk::core
