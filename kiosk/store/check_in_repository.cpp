#include "kiosk/store/check_in_repository.hpp"

#include "kiosk/store/database.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::store {

core::Id CheckInRepository::add(WriteTransaction& tx, const core::CheckIn& c, const PayloadFor& payload_for) {
    tx.db().cached("INSERT INTO check_ins (session_id, adult_id, party, at, agreement_confirmed, "
                   "agreement_version, signature_strokes) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind_all(c.session_id, c.adult_id, core::to_string(c.party), core::to_unix(c.at),
                  c.agreement_confirmed, c.agreement_version, c.signature_strokes)
        .run();
    const core::Id id = tx.db().last_insert_id();
    tx.audit("check_in.created", "check_in", id, "session=" + std::to_string(c.session_id));
    tx.enqueue(OutboxMessage{.kind = "check_in", .entity_id = id, .payload = payload_for(id)});
    return id;
}

std::vector<core::CheckIn> CheckInRepository::for_session(core::Id session_id) {
    std::vector<core::CheckIn> out;
    auto s = db_.cached("SELECT id, session_id, adult_id, party, at, agreement_confirmed, agreement_version, "
                        "signature_strokes FROM check_ins WHERE session_id = ? ORDER BY at, id");
    s.bind_all(session_id);
    while (s.step()) {
        out.push_back(core::CheckIn{.id = s.int64(0),
                                    .session_id = s.int64(1),
                                    .adult_id = s.int64(2),
                                    .party = core::parse_party(s.text(3)).value_or(core::Party::Family),
                                    .at = core::from_unix(s.int64(4)),
                                    .agreement_confirmed = s.int64(5) != 0,
                                    .agreement_version = s.integer(6),
                                    .signature_strokes = s.text(7)});
    }
    return out;
}

bool CheckInRepository::has_confirmed_version(core::Id adult_id, core::Id agreement_version_id) {
    auto s = db_.cached("SELECT 1 FROM check_ins c JOIN sessions s ON s.id = c.session_id "
                        "WHERE c.adult_id = ? AND s.agreement_version_id = ? AND c.agreement_confirmed = 1 "
                        "AND (c.signature_strokes <> '' "
                        // A purged signature was there; it left the device once the server had it.
                        "  OR EXISTS (SELECT 1 FROM purged_entries p WHERE p.kind = 'check_in' AND p.entity_id = c.id)) "
                        "LIMIT 1");
    s.bind_all(adult_id, agreement_version_id);
    return s.step();
}

}  // namespace kiosk::store
