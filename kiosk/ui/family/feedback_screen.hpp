#pragma once
// family/feedback: after a visit, in two small steps. First a face scale a child can use on
// their own; then one for the adult, an optional comment and "send without my name".
#include <string>
#include <variant>

#include "kiosk/ui/family/family_intents.hpp"
#include "kiosk/ui/ui_resources.hpp"

namespace kiosk::ui {

enum class FeedbackQuestion { Child, Adult };

struct FeedbackView {
    std::string venue_name;
    std::string clock_hhmm;
    FeedbackQuestion question = FeedbackQuestion::Child;
    int adult_face = 0;  // 0 = not chosen yet
    bool anonymous = false;
    std::string comment;
    std::string message_key;  // why the last send was refused, if it was
};

struct ChooseFace {
    int face = 0;
};
struct SkipChildFace {};
struct ToggleAnonymous {};
struct EditComment {};
struct SendFeedback {};
using FeedbackIntent = std::variant<std::monostate, ChooseFace, SkipChildFace, ToggleAnonymous, EditComment,
                                    SendFeedback, StartAgain>;

FeedbackIntent draw_feedback_screen(const FeedbackView& view, const UiResources& ui);

}  // namespace kiosk::ui
