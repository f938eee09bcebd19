#pragma once
// A staff action that cannot be done, with one plain sentence the screen can show as it is.
// The sentence never holds personal data.
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
    StaffActionError(StaffActionProblem problem, const std::string& sentence)
        : std::runtime_error(sentence), problem_(problem) {}
    StaffActionProblem problem() const { return problem_; }

private:
    StaffActionProblem problem_;
};

}  // namespace kiosk::app
