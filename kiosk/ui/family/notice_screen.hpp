#pragma once
// family/early (and the other "one message, one OK" moments): too early, please speak to
// staff, something went wrong, thank you for your feedback. One title, one or two sentences,
// and an OK that returns to the attract screen.
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "kiosk/ui/family/family_intents.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

enum class NoticeTone { Calm, AskStaff };

struct NoticeView {
    std::string screen_name;  // "family/early", for logs and tests
    std::string venue_name;
    std::string clock_hhmm;
    std::string title_key;
    std::string body_key;
    std::vector<std::pair<std::string, std::string>> values;  // {time} and the like, for the body
    NoticeTone tone = NoticeTone::Calm;
};

struct DismissNotice {};
using NoticeIntent = std::variant<std::monostate, DismissNotice>;

NoticeIntent draw_notice_screen(const NoticeView& view, const UiResources& ui);

}  // namespace kiosk::ui
