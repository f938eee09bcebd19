#pragma once
// Issue #16's part of a venue snapshot (replica_contact_kinds.cpp): read by ReplicaReader,
// written by ReplicaApplier (siblings already resolved from UUIDs to local ids).
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/replica.hpp"

namespace kiosk::store {

class Database;

void read_version_contact_kinds(Database& db, core::Id version_id, core::replica::AgreementVersion& v);
void read_booking_siblings(Database& db, core::Id session_id, core::replica::Booking& b);
void read_referral_language(Database& db, core::Id referral_id, core::replica::Referral& v);

void write_version_contact_kinds(Database& db, core::Id version_id, const core::replica::AgreementVersion& v,
                                 const std::vector<core::Id>& sibling_ids);
void write_booking_siblings(Database& db, core::Id session_id, const core::replica::Booking& b,
                            const std::vector<core::Id>& sibling_ids);
void write_referral_language(Database& db, core::Id referral_id, const core::replica::Referral& v);

}  // namespace kiosk::store
