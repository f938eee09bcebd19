#pragma once
// family/comment: the optional feedback comment, typed on a small on-screen keyboard (no
// physical keyboard is assumed). Done goes back to the feedback screen.
#include <string>
#include <variant>

#include "kiosk/ui/family/family_intents.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

struct CommentView {
    std::string venue_name;
    std::string clock_hhmm;
    std::string comment;
    std::string message_key;  // why the last key was refused (too long), if it was
};

struct AppendToComment {
    std::string text;
};
struct DeleteFromComment {};
struct FinishComment {};
using CommentIntent = std::variant<std::monostate, AppendToComment, DeleteFromComment, FinishComment, StartAgain>;

CommentIntent draw_comment_screen(const CommentView& view, const UiResources& ui);

}  // namespace kiosk::ui
