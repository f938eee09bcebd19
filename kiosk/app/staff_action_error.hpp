#pragma once
// A staff action that cannot be done, and why: a catalog key ("staff.error.sign_in_again",
// assets/i18n [staff.error]) that the screen shows in the worker's language, optionally with
// one value for its "{}" after a bar ("key|value"). what() is that key: never personal data,
// and no English sentence for a Spanish or Polish worker.
#include <stdexcept>
#include <string>

namespace kiosk::app {

enum class StaffActionProblem {
    NotAllowed,    // this person may not do this (role, not the author, own record)
    InvalidInput,  // the words or PIN given cannot be accepted; nothing was saved
    NotFound,
    WrongState,    // not now: the session or record is not in a state that allows it
};

class StaffActionError : public std::runtime_error {
public:
    StaffActionError(StaffActionProblem problem, const std::string& message_key)
        : std::runtime_error(message_key), problem_(problem) {}
    StaffActionProblem problem() const { return problem_; }

private:
    StaffActionProblem problem_;
};

}  // namespace kiosk::app
