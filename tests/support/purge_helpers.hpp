#pragma once
// What the purge tests share: the purge as sync_once runs it after a sync, and a count query.
#include <chrono>
#include <cstdint>
#include <string>

#include "kiosk/store/database.hpp"
#include "kiosk/store/record_purge.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::testing {

// Purges what was delivered more than `keep_days` before `now`; returns how much went.
inline std::int64_t purge(store::Database& db, core::Timestamp now, int keep_days) {
    store::WriteTransaction tx(db, "sync", now);
    const auto n = store::purge_synced_records(tx, now - std::chrono::days{keep_days});
    if (n > 0) tx.commit();
    return n;
}

inline std::int64_t count(store::Database& db, const std::string& sql) {
    auto q = db.cached(sql);
    q.step();
    return q.int64(0);
}

}  // namespace kiosk::testing
