#pragma once
// The reference server's own SQLite database: devices and their token hashes, the records
// received (one row per UUID, so a retry can never make a second), and the pull feed.
// Opened through SQLCipher's library without a key, which is plain SQLite.
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/push_batch.hpp"

struct sqlite3;

namespace kiosk::sync::server {

class ServerStoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct FeedPage {
    std::vector<std::string> changes;  // each {"kind":...,"data":{...}}
    std::string cursor;
    bool more = false;
};

class ServerStore {
public:
    explicit ServerStore(const std::filesystem::path& file);
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;
    ~ServerStore();

    // Makes a device and returns its new bearer token (shown once; only its hash is kept).
    std::string add_device(const std::string& device_id);
    std::optional<std::string> device_for_token(const std::string& token);

    // Stores a batch in one transaction and answers per record.
    std::vector<RecordResult> store_batch(const ReceivedBatch& batch, const std::string& authenticated_device);

    // Appends a feed file ({"changes": [...]}) after checking every change; all or nothing.
    std::size_t import_feed(const std::string& feed_json);
    FeedPage changes_after(const std::string& cursor, int limit);

    std::map<std::string, std::int64_t> count_by_kind();
    std::int64_t copies_of(const std::string& uuid);

private:
    void exec(const char* sql);

    sqlite3* db_ = nullptr;
    std::mutex mutex_;  // one connection, shared by the server's worker threads
};

}  // namespace kiosk::sync::server
