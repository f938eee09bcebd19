#pragma once
// The one place a record is signed. The seal is BLAKE2b-256 over a canonical, length-prefixed
// encoding of everything the worker signs: the record's content, the signer's id and name,
// the time, the due time, the late-entry mark and the note on the limits of use. Any change
// to a stored record therefore breaks its seal. Issue #6 adds the device's Ed25519 signature
// over the same canonical bytes; it should change only this file.
#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/core/observation_record.hpp"
#include "kiosk/core/staff.hpp"

namespace kiosk::app {

// The record as it will be stored final: state, finalized_at, due_at, late_entry and
// use_note already filled in.
std::vector<std::uint8_t> canonical_record_bytes(const core::ObservationRecord& record, const core::StaffMember& signer);
// "blake2b-256:<hex>"
std::string seal_record(const core::ObservationRecord& record, const core::StaffMember& signer);
bool seal_matches(const core::ObservationRecord& record, const core::StaffMember& signer);

}  // namespace kiosk::app
