#pragma once
// The lobby's only door to the database. It answers visit codes, keeps the wrong-code lock,
// raises alerts and writes check-ins and feedback, each write one transaction with its audit
// row and outbox row. What it hands back about a session is only what the family face may
// show: first names and relationships, room, times, rules, the worker's first name.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/app/family/family_services.hpp"
#include "kiosk/core/agreement.hpp"
#include "kiosk/core/alert.hpp"
#include "kiosk/core/check_in.hpp"
#include "kiosk/core/check_in_rules.hpp"
#include "kiosk/core/feedback_rules.hpp"
#include "kiosk/core/language_needs.hpp"
#include "kiosk/core/lobby_lock.hpp"
#include "kiosk/core/activity.hpp"
#include "kiosk/core/session.hpp"

namespace kiosk::store {
class WriteTransaction;
}

namespace kiosk::app {

// One session as the lobby may know it.
struct LobbyVisit {
    core::Session session;
    core::AgreementVersion version;  // its rules and approved attendees
    std::string room_name;
    std::vector<std::string> room_features;
    std::string worker_first_name;  // empty when none is allocated
    std::vector<int> child_ages;  // every child in the session, siblings too (first names stay off the lobby)
    core::LanguageNeeds language;  // the family's, from the referral: picks the lobby's language
    std::vector<core::Id> already_checked_in;  // adult ids checked in to this session
    std::vector<core::Id> signed_this_version;  // adult ids who signed this version before
};

template <class Status>
struct CodeAnswer {
    std::optional<Status> status;  // nothing: no session has this code
    std::optional<core::Session> session;
};

// What a family typed the code for: to check in, or to say how the visit went.
enum class CodePurpose { CheckIn, Feedback };

// The lobby's answer to a typed code, all of it decided in one transaction.
struct CodeSubmission {
    enum class Outcome {
        Locked,      // the keypad rests (before this code, or this wrong code started it)
        Refused,     // a wrong or unusable code, counted towards the lock
        NotAtVenue,  // a real code for a call or contact in the community: not a wrong guess
        Accepted,    // `visit` (check-in) or `session` (feedback) is set
    };
    Outcome outcome = Outcome::Refused;
    // Why a code was refused; neither set: no session has this code.
    std::optional<core::CodeStatus> check_in_status;
    std::optional<core::FeedbackCodeStatus> feedback_status;
    core::Timestamp locked_until{};    // Locked
    std::optional<LobbyVisit> visit;   // Accepted check-in
    std::optional<core::Session> session;  // Accepted feedback
};

class CheckInService {
public:
    explicit CheckInService(FamilyServices& services) : services_(services) {}

    // A typed code, answered: the wrong-code lock is read, the code looked up and judged, the lock
    // counted on or forgotten (and staff alerted when it starts), and the visit loaded, in one
    // transaction, so no second tap can slip between the lock's read and its write.
    CodeSubmission submit_code(std::string_view code, CodePurpose purpose, core::Timestamp now);

    CodeAnswer<core::CodeStatus> check_in_code(std::string_view code, core::Timestamp now);
    CodeAnswer<core::FeedbackCodeStatus> feedback_code(std::string_view code, core::Timestamp now);

    core::LobbyLockState lock_state();

    LobbyVisit load_visit(const core::Session& session, core::Timestamp now);
    void raise_alert(core::AlertKind kind, core::Id session_id, const std::string& staff_detail, core::Timestamp now);

    // Checks the adults in together: one transaction for every check-in, its audit and outbox
    // rows, and the session's "parent arrived". `signature_json` goes with adults who had not
    // signed this version before. Refuses (StoreError Refused) anyone already checked in.
    void check_in(const LobbyVisit& visit, const std::vector<core::Id>& adults, const std::string& signature_json,
                  core::Timestamp now);

    // Ideas for every child's age; with siblings far apart in age, something for each of them.
    std::vector<core::ChildrenSuggestion> suggest_activities(const LobbyVisit& visit, core::Timestamp now);
    // Saves it for this venue and the week it was given in; anonymous feedback loses its
    // session before it is written (issue #16, item 9).
    void save_feedback(core::Feedback feedback);

private:
    bool at_this_venue(const core::Session& session);
    // Counts a refused code inside `tx`; returns true when it starts a lock (staff are alerted).
    bool count_wrong_code(store::WriteTransaction& tx, const core::LobbyLockState& lock);
    // Forgets earlier wrong codes inside `tx`; false when there were none (nothing written).
    bool forget_wrong_codes(store::WriteTransaction& tx, const core::LobbyLockState& lock);
    FamilyServices& services_;
};

}  // namespace kiosk::app
