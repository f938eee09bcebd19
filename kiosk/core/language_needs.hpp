#pragma once
// A family's language needs, recorded on the referral (issue #16, item 10): the language they
// prefer and whether an interpreter is needed. The staff board shows both; the lobby starts in
// the family's language once their visit code is known, when the lobby has it.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kiosk::core {

struct LanguageNeeds {
    std::string preferred;  // an ISO 639-1 code from known_languages(), "" when not recorded
    bool interpreter_needed = false;
};

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
