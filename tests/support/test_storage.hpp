#pragma once
// Which storage the receiver's tests run on (issue #14). The server's suites (push, pull,
// enrolment, audit heads, the hostile suite) run twice in CI: as they are, on a SQLite file in
// the test's folder, and with KIOSK_TEST_STORAGE=postgresql, on a throwaway PostgreSQL cluster
// (pg_cluster.hpp) started at the first test that needs it and stopped when the test binary
// exits: one cluster per run, a fresh database per test.
#include <filesystem>
#include <string>

#include "tests/support/pg_cluster.hpp"

namespace kiosk::testing {

bool test_storage_is_postgresql();

// A new, empty receiver database for --db or open_storage: `folder`/`name`.db, or (PostgreSQL)
// a database of its own in the run's cluster.
std::string new_test_database(const std::filesystem::path& folder, const std::string& name = "server");

// The run's cluster, started on first use (tests that always need PostgreSQL call it directly).
PgCluster& shared_pg_cluster();
// A new empty database in the run's cluster; its postgresql:// URL.
std::string new_pg_database();
// Runs SQL through libpq on `url` (a URL new_pg_database gave, schema and all) and returns the
// first column of the first row ("" when there is none); throws on error.
std::string pg_query(const std::string& url, const std::string& sql);

}  // namespace kiosk::testing
