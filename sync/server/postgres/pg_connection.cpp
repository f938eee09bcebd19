#include "sync/server/postgres/pg_connection.hpp"

#include <libpq-fe.h>

#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <string_view>

namespace kiosk::sync::server::pg {
namespace {

// The session's limits: a lock held by another receiver for 5 s is answered 503 (as SQLite's
// busy timeout is), no statement runs past a minute, and a transaction left open by a stuck
// process does not hold its locks for ever.
constexpr const char* kSessionSettings =
    "SET lock_timeout = '5s'; SET statement_timeout = '60s'; SET idle_in_transaction_session_timeout = '60s'";

std::string field(const PGresult* result, int code) {
    const char* value = PQresultErrorField(result, code);
    return value == nullptr ? std::string{} : std::string{value};
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// A notice ("relation ... already exists, skipping") is not worth a line on stderr.
void ignore_notice(void*, const char*) {}

// The first line of libpq's connection failure: which server, and why.
std::string connection_problem(const PGconn* conn) {
    std::string message = conn == nullptr ? "out of memory" : PQerrorMessage(conn);
    if (const auto end = message.find('\n'); end != std::string::npos) message.resize(end);
    return message;
}

}  // namespace

Result::~Result() { PQclear(result_); }

int Result::rows() const { return PQntuples(result_); }

bool Result::is_null(int row, int column) const { return PQgetisnull(result_, row, column) != 0; }

std::string Result::text(int row, int column) const {
    return {PQgetvalue(result_, row, column), static_cast<std::size_t>(PQgetlength(result_, row, column))};
}

std::int64_t Result::integer(int row, int column) const {
    const std::string value = text(row, column);
    std::int64_t n = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (error != std::errc{} || end != value.data() + value.size()) {
        throw ServerStoreError("server database (PostgreSQL): a column expected to be a number is not");
    }
    return n;
}

std::int64_t Result::affected() const {
    const std::string_view count = PQcmdTuples(result_);
    std::int64_t n = 0;
    std::from_chars(count.data(), count.data() + count.size(), n);
    return n;
}

Connection::Connection(const std::string& url) {
    if (const std::string refusal = transport_refusal(url); !refusal.empty()) throw ServerStoreError(refusal);
    // Values before dbname are defaults the URL may override; the URL is expanded in place.
    const std::array<const char*, 4> keywords{"fallback_application_name", "connect_timeout", "dbname", nullptr};
    const std::array<const char*, 4> values{"contact-sync-server", "10", url.c_str(), nullptr};
    conn_ = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
        const std::string problem = connection_problem(conn_);
        PQfinish(conn_);
        conn_ = nullptr;
        throw ServerBusyError("the PostgreSQL database " + describe_url(url) + " cannot be reached: " + problem);
    }
    PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
    try {
        run_script(kSessionSettings);
    } catch (...) {
        PQfinish(conn_);
        conn_ = nullptr;
        throw;
    }
}

Connection::~Connection() { PQfinish(conn_); }

bool Connection::healthy() const { return conn_ != nullptr && PQstatus(conn_) == CONNECTION_OK; }

void Connection::fail(PGresult* result) {
    const std::string state = field(result, PG_DIAG_SQLSTATE);
    const std::string table = field(result, PG_DIAG_TABLE_NAME);
    const std::string constraint = field(result, PG_DIAG_CONSTRAINT_NAME);
    PQclear(result);
    if (!healthy()) throw ServerBusyError("server database (PostgreSQL): the connection was lost");
    std::string message = "server database (PostgreSQL): error " + (state.empty() ? std::string{"?"} : state);
    if (!table.empty()) message += " on table " + table;
    if (!constraint.empty()) message += ", constraint " + constraint;
    // Run again: a deadlock or a serialization failure.
    if (state == "40001" || state == "40P01") throw RetryableError(message);
    // Try later: a lock held past lock_timeout, a statement past its timeout, a server shutting
    // down or starting, too many connections, a connection problem.
    if (state == "55P03" || state == "57014" || starts_with(state, "57P") || state == "53300" ||
        starts_with(state, "08")) {
        throw ServerBusyError(message);
    }
    throw ServerStoreError(message);
}

Result Connection::exec(const char* sql, const std::vector<Param>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    PGresult* result = PQexecParams(conn_, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                                    nullptr, 0);
    const auto status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(result);
    return Result(result);
}

void Connection::run_script(const char* sql) {
    PGresult* result = PQexec(conn_, sql);
    const auto status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(result);
    PQclear(result);
}

Pool::Pool(std::string url, std::size_t size) : url_(std::move(url)), size_(std::max<std::size_t>(1, size)) {}

Pool::~Pool() = default;

Pool::Lease::~Lease() {
    if (connection_) pool_->give_back(std::move(connection_));
}

Pool::Lease Pool::acquire() {
    std::unique_lock lock(mutex_);
    const bool free = freed_.wait_for(lock, std::chrono::seconds{30}, [&] { return !idle_.empty() || open_ < size_; });
    if (!free) throw ServerBusyError("server database (PostgreSQL): every connection stayed busy for 30 s");
    if (!idle_.empty()) {
        auto connection = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(connection));
    }
    ++open_;
    lock.unlock();
    try {
        return Lease(*this, std::make_unique<Connection>(url_));
    } catch (...) {
        lock.lock();
        --open_;
        freed_.notify_one();
        throw;
    }
}

void Pool::give_back(std::unique_ptr<Connection> connection) {
    {
        const std::lock_guard lock(mutex_);
        if (connection->healthy()) {
            idle_.push_back(std::move(connection));
        } else {
            --open_;
        }
    }
    freed_.notify_one();
}

namespace {

bool stays_on_this_machine(std::string_view host) {
    return host.empty() || host.front() == '/' || host.front() == '@' || host == "localhost" ||
           host.rfind("127.", 0) == 0 || host == "::1";
}

// The settings a connection string gives (keyword to value, the unset ones left out), as libpq
// reads it; nothing when libpq cannot read it.
std::optional<std::map<std::string, std::string, std::less<>>> connection_settings(const std::string& url) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
    if (options == nullptr) {
        PQfreemem(error);
        return std::nullopt;
    }
    std::map<std::string, std::string, std::less<>> settings;
    for (const PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
        if (o->val != nullptr) settings.emplace(o->keyword, o->val);
    }
    PQconninfoFree(options);
    return settings;
}

std::string setting(const std::map<std::string, std::string, std::less<>>& settings, std::string_view keyword) {
    const auto it = settings.find(keyword);
    return it == settings.end() ? std::string{} : it->second;
}

}  // namespace

std::string transport_refusal(const std::string& url) {
    const auto settings = connection_settings(url);
    if (!settings) return "the PostgreSQL connection string cannot be read";
    if (setting(*settings, "sslmode") == "verify-full") return {};
    for (const char* keyword : {"host", "hostaddr"}) {
        // libpq takes a comma-separated list of hosts to try in turn.
        const std::string hosts = setting(*settings, keyword);
        std::string_view list = hosts;
        while (true) {
            const auto comma = list.find(',');
            const std::string_view host = list.substr(0, comma);
            if (!stays_on_this_machine(host)) {
                return "the PostgreSQL database at " + std::string{host} +
                       " is on another machine: its connection string must say sslmode=verify-full (with "
                       "sslrootcert= the database's CA), or the records would cross the network readable or to an "
                       "unverified server";
            }
            if (comma == std::string_view::npos) break;
            list.remove_prefix(comma + 1);
        }
    }
    return {};
}

std::string describe_url(const std::string& url) {
    const auto settings = connection_settings(url);
    if (!settings) return "(a connection string libpq cannot read)";
    std::string host = setting(*settings, "host");
    if (host.empty()) host = setting(*settings, "hostaddr");
    const std::string port = setting(*settings, "port");
    return (host.empty() ? std::string{"localhost"} : host) + (port.empty() ? "" : ":" + port) + "/" +
           setting(*settings, "dbname");
}

}  // namespace kiosk::sync::server::pg
