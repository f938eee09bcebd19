#pragma once
// The contact agreement as a plain-language page to print or send to the family. It holds
// what the family needs to know — who comes, when, how long, where, the rules, arriving and
// leaving — and nothing else: no surnames, no carer's address, no risk assessment.
#include <string>

#include "kiosk/core/ids.hpp"
#include "kiosk/ui/i18n.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::app {

// A complete HTML document; throws std::invalid_argument when the version does not exist.
std::string agreement_page_html(store::Database& db, core::Id version_id, const std::string& time_zone,
                                const ui::Translator& text);

}  // namespace kiosk::app
