#pragma once
// libpq for PostgresStorage: a connection that sends every value as a parameter (never spliced
// into SQL), results that free themselves, a small pool shared by the server's worker threads,
// and a transaction that runs again when PostgreSQL says it may succeed then (a deadlock or a
// serialization failure).
//
// Errors name the SQLSTATE, the table and the constraint, never a row's values: PostgreSQL's
// own message can quote a value ("invalid input syntax ... \"...\""), so it is left out. A
// database that cannot be reached, a lock held past lock_timeout or a connection lost on the
// way is ServerBusyError (503 with Retry-After: the device tries again).
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "sync/server/receiver_storage.hpp"

struct pg_conn;
struct pg_result;

namespace kiosk::sync::server::pg {

// PostgreSQL may succeed with the same transaction run again (40001, 40P01).
class RetryableError : public ServerBusyError {
public:
    using ServerBusyError::ServerBusyError;
};

using Param = std::optional<std::string>;  // nothing: NULL

class Result {
public:
    explicit Result(pg_result* result) : result_(result) {}
    Result(Result&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
    Result& operator=(Result&&) = delete;
    Result(const Result&) = delete;
    ~Result();

    int rows() const;
    bool is_null(int row, int column) const;
    std::string text(int row, int column) const;
    std::int64_t integer(int row, int column) const;
    // Rows an INSERT, UPDATE or DELETE changed.
    std::int64_t affected() const;

private:
    pg_result* result_;
};

class Connection {
public:
    // Connects to a postgresql:// URL (or any libpq connection string) and sets the session's
    // timeouts. Throws ServerBusyError with libpq's reason (which never holds the password).
    explicit Connection(const std::string& url);
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    // One statement with its values as text parameters ($1, $2 ...).
    Result exec(const char* sql, const std::vector<Param>& params = {});
    // Statements without parameters, separated by semicolons (a migration).
    void run_script(const char* sql);
    // False once the connection was lost: the pool then makes a new one.
    bool healthy() const;

private:
    [[noreturn]] void fail(pg_result* result);

    pg_conn* conn_ = nullptr;
};

// A few connections for the server's worker threads, made when first needed; a connection lost
// is replaced at the next acquire. One receiver needs one per worker thread.
class Pool {
public:
    Pool(std::string url, std::size_t size);
    ~Pool();

    class Lease {
    public:
        Lease(Pool& pool, std::unique_ptr<Connection> connection) : pool_(&pool), connection_(std::move(connection)) {}
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        ~Lease();
        Connection& operator*() const { return *connection_; }
        Connection* operator->() const { return connection_.get(); }

    private:
        Pool* pool_;
        std::unique_ptr<Connection> connection_;
    };

    // Waits for a free connection (up to 30 s, then ServerBusyError).
    Lease acquire();

private:
    void give_back(std::unique_ptr<Connection> connection);

    const std::string url_;
    const std::size_t size_;
    std::mutex mutex_;
    std::condition_variable freed_;
    std::vector<std::unique_ptr<Connection>> idle_;
    std::size_t open_ = 0;
};

// Runs `work` inside BEGIN ... COMMIT (READ COMMITTED, with the row and advisory locks each
// operation takes), rolling back if it throws, and running it again up to four more times when
// PostgreSQL found a deadlock or a serialization failure. `work` must only touch the database.
template <class Work>
auto in_transaction(Connection& connection, Work work) {
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        connection.run_script("BEGIN");
        try {
            auto result = work();
            connection.run_script("COMMIT");
            return result;
        } catch (const RetryableError&) {
            if (connection.healthy()) connection.run_script("ROLLBACK");
            if (attempt == kAttempts) throw;
        } catch (...) {
            try {
                if (connection.healthy()) connection.run_script("ROLLBACK");
            } catch (...) {
                // The first failure is the one worth reporting.
            }
            throw;
        }
    }
}

// "host:port/database" of a connection string, for logs: never the user's password.
std::string describe_url(const std::string& url);

// Empty when the connection string may be used; otherwise why not. A database on another machine
// holds every venue's records, so the string must ask libpq to verify the server's certificate
// and name (sslmode=verify-full): libpq's default (prefer) falls back to plain text, and require
// takes any certificate. A Unix socket or a loopback address stays on this machine.
std::string transport_refusal(const std::string& url);

}  // namespace kiosk::sync::server::pg
