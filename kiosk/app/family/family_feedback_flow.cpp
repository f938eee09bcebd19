// The feedback half of the family face: two face scales, an optional comment, anonymous.
#include <variant>

#include "kiosk/app/family/family_controller.hpp"
#include "kiosk/core/text.hpp"

namespace kiosk::app {

namespace {

const char* problem_key(core::TextProblem problem) {
    return problem == core::TextProblem::TooLong ? "feedback.too_long" : "feedback.bad_text";
}

// Removes the last whole UTF-8 character, never half of one.
void drop_last_character(std::string& text) {
    while (!text.empty()) {
        const auto byte = static_cast<unsigned char>(text.back());
        text.pop_back();
        if ((byte & 0xC0U) != 0x80U) break;
    }
}

}  // namespace

void FamilyController::handle(const ui::FeedbackIntent& intent) {
    if (!note_input(intent) || !entry_.feedback_session) return;
    if (std::holds_alternative<ui::StartAgain>(intent)) return start_again();
    if (const auto* face = std::get_if<ui::ChooseFace>(&intent)) {
        if (!core::is_face_or_none(face->face)) return;
        if (feedback_view().question == ui::FeedbackQuestion::Child) {
            entry_.child_face = face->face;
        } else {
            entry_.adult_face = face->face;
        }
        entry_.feedback_message_key.clear();
    } else if (std::holds_alternative<ui::SkipChildFace>(intent)) {
        entry_.child_face = -1;  // skipped: asked, not answered (stored as 0)
    } else if (std::holds_alternative<ui::ToggleAnonymous>(intent)) {
        entry_.anonymous = !entry_.anonymous;
    } else if (std::holds_alternative<ui::EditComment>(intent)) {
        entry_.feedback_message_key.clear();
        step_ = FamilyStep::Comment;
    } else if (std::holds_alternative<ui::SendFeedback>(intent)) {
        send_feedback();
    }
}

void FamilyController::handle(const ui::CommentIntent& intent) {
    if (!note_input(intent) || !entry_.feedback_session) return;
    if (std::holds_alternative<ui::StartAgain>(intent)) return start_again();
    if (const auto* append = std::get_if<ui::AppendToComment>(&intent)) {
        const std::string longer = entry_.comment + append->text;
        const core::TextProblem problem = core::check_free_text(longer, core::kMaxFeedbackCommentBytes);
        if (problem != core::TextProblem::None) {
            entry_.feedback_message_key = problem_key(problem);  // refused; what was typed stays
            return;
        }
        entry_.comment = longer;
        entry_.feedback_message_key.clear();
    } else if (std::holds_alternative<ui::DeleteFromComment>(intent)) {
        drop_last_character(entry_.comment);
        entry_.feedback_message_key.clear();
    } else if (std::holds_alternative<ui::FinishComment>(intent)) {
        entry_.feedback_message_key.clear();
        step_ = FamilyStep::Feedback;
    }
}

void FamilyController::send_feedback() {
    const core::TextProblem problem = core::check_free_text(entry_.comment, core::kMaxFeedbackCommentBytes);
    if (problem != core::TextProblem::None) {
        entry_.feedback_message_key = problem_key(problem);
        return;
    }
    core::Feedback feedback;
    feedback.session_id = entry_.feedback_session->id;
    feedback.child_face = entry_.child_face > 0 ? entry_.child_face : 0;
    feedback.adult_face = entry_.adult_face;
    feedback.comment = entry_.comment;
    feedback.anonymous = entry_.anonymous;
    feedback.at = now();
    try {
        service_.save_feedback(feedback);
    } catch (const std::exception&) {
        return fail_safely();
    }
    entry_ = Entry{};
    show_notice(NoticeKind::FeedbackThanks);
}

}  // namespace kiosk::app
