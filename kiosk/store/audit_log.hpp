#pragma once
// The audit chain: who did what, when, to which record. Each row's hash is BLAKE2b-256 over
// the previous row's hash and this row's fields, so an edited, deleted or reordered row
// breaks the chain from that point on.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {

class Database;

struct AuditEntry {
    core::Timestamp at{};
    std::string actor;   // "staff:3", "lobby", "system", "sync" — never a person's name
    std::string action;  // "check_in.created", "record.finalized", ...
    std::string entity;  // table or aggregate name
    core::Id entity_id = 0;
    std::string detail;  // ids and states only, never personal data
};

struct AuditRow {
    std::int64_t seq = 0;
    AuditEntry entry;
    std::vector<std::uint8_t> hash;
};

struct ChainCheck {
    bool whole = true;
    std::int64_t first_bad_seq = 0;  // the first row that does not match, when not whole
    std::int64_t rows = 0;
};

// The newest row's number and hash. Inside one write transaction nobody else can append,
// so a transaction may remember the head instead of reading it back for every row.
struct ChainHead {
    bool known = false;
    std::int64_t seq = 0;
    std::vector<std::uint8_t> hash;
};

class AuditLog {
public:
    // Appends inside the caller's open transaction.
    static void append(Database& db, const AuditEntry& entry);
    // The same, remembering the head in `head` for the next append of this transaction.
    static void append(Database& db, const AuditEntry& entry, ChainHead& head);
    static ChainCheck verify(Database& db);
    static std::vector<AuditRow> latest(Database& db, int limit);
    static std::int64_t count(Database& db);
    // Hex of the newest row's hash (the chain's head), empty for an empty log.
    static std::string head(Database& db);
    // Hex of row `seq`'s hash, empty when there is no such row.
    static std::string hash_at(Database& db, std::int64_t seq);
};

}  // namespace kiosk::store
