#include "tests/support/test_storage.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string_view>

namespace kiosk::testing {

bool test_storage_is_postgresql() {
    const char* storage = std::getenv("KIOSK_TEST_STORAGE");
    return storage != nullptr && std::string_view{storage} == "postgresql";
}

PgCluster& shared_pg_cluster() {
    // Destroyed at exit (the cluster stops and its folder goes), after every test of the run.
    static std::unique_ptr<PgCluster> cluster;
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (!cluster) cluster = std::make_unique<PgCluster>(PgClusterOptions{.durable = false, .max_connections = 200});
    return *cluster;
}

std::string new_pg_database() {
    // A schema of its own rather than a database: CREATE DATABASE copies a template and takes
    // most of a second, CREATE SCHEMA a millisecond, and a connection whose search_path names
    // the schema sees nothing else (every table the receiver makes goes there).
    static std::atomic<int> next{1};
    const std::string schema = "test_" + std::to_string(::getpid()) + "_" + std::to_string(next++);
    PgCluster& cluster = shared_pg_cluster();
    PGconn* conn = PQconnectdb(cluster.url().c_str());
    PGresult* result = PQexec(conn, ("CREATE SCHEMA " + schema).c_str());
    const bool made = PQresultStatus(result) == PGRES_COMMAND_OK;
    const std::string problem = PQerrorMessage(conn);
    PQclear(result);
    PQfinish(conn);
    if (!made) throw std::runtime_error("cannot make a test schema: " + problem);
    return cluster.url() + "?options=-csearch_path%3D" + schema;
}

std::string pg_query(const std::string& url, const std::string& sql) {
    PGconn* conn = PQconnectdb(url.c_str());
    PGresult* result = PQexec(conn, sql.c_str());
    const auto status = PQresultStatus(result);
    std::string out;
    std::string problem;
    if (status == PGRES_TUPLES_OK && PQntuples(result) > 0) out = PQgetvalue(result, 0, 0);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) problem = PQerrorMessage(conn);
    PQclear(result);
    PQfinish(conn);
    if (!problem.empty()) throw std::runtime_error("SQL failed: " + problem);
    return out;
}

std::string new_test_database(const std::filesystem::path& folder, const std::string& name) {
    if (test_storage_is_postgresql()) return new_pg_database();
    return (folder / (name + ".db")).string();
}

}  // namespace kiosk::testing
