#pragma once
// Writes what the device pulls from the social work team's server. The server owns these
// rows and their ids, so each write is an upsert by id; what the device itself changes on
// the day (a session's state, staff PINs and lockouts) is left as it is.
// Every call runs inside the caller's transaction: a pulled page is applied whole, with its
// cursor, or not at all.
#include <optional>
#include <string>

#include "kiosk/core/agreement.hpp"
#include "kiosk/core/family.hpp"
#include "kiosk/core/referral.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/staff.hpp"
#include "kiosk/core/venue.hpp"

namespace kiosk::store {

class Database;
class WriteTransaction;

class PullApplyRepository {
public:
    explicit PullApplyRepository(Database& db) : db_(db) {}

    void upsert(WriteTransaction& tx, const core::Venue& venue);
    void upsert(WriteTransaction& tx, const core::Room& room);
    void upsert(WriteTransaction& tx, const core::Child& child);
    void upsert(WriteTransaction& tx, const core::FamilyAdult& adult);
    void upsert(WriteTransaction& tx, const core::StaffMember& staff);
    void upsert(WriteTransaction& tx, const core::Referral& referral);
    void upsert(WriteTransaction& tx, const core::Agreement& agreement);
    // Rules and approved attendees are replaced with the version's own lists.
    void upsert(WriteTransaction& tx, const core::AgreementVersion& version);
    // A booking: everything but the state the day has given it.
    void upsert(WriteTransaction& tx, const core::Session& session);

    std::optional<std::string> cursor();
    // Saves the cursor and the audit row of the page, in the page's transaction.
    void finish_page(WriteTransaction& tx, const std::string& cursor, std::size_t changes);

private:
    Database& db_;
};

}  // namespace kiosk::store
