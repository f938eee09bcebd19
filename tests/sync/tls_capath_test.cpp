// With a ca_file configured, the device trusts that CA and nothing else (issue #12, item 6):
// Debian's libcurl also reads every CA in /etc/ssl/certs (its compiled-in CApath) unless told
// not to. To show it, a child process gets a mount namespace of its own in which
// /etc/ssl/certs holds only the server's self-signed certificate, under the hashed name OpenSSL
// looks for; the sync must still refuse that server. Needs root (CI runs as root); skipped
// otherwise.
#include <catch2/catch_test_macros.hpp>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "tests/support/temp_dir.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace kiosk;
using namespace kiosk::testing;
namespace fs = std::filesystem;

namespace {

// The child's answers, as its exit status.
enum ChildResult : int { kRefused = 0, kTrusted = 1, kCannotIsolate = 2, kTestFailed = 3 };

// "1a2b3c4d.0": the file name under which OpenSSL's CApath lookup finds `certificate`.
std::string hashed_name(const fs::path& certificate) {
    std::unique_ptr<FILE, decltype(&std::fclose)> file{std::fopen(certificate.c_str(), "r"), &std::fclose};
    if (!file) return {};
    std::unique_ptr<X509, decltype(&X509_free)> cert{PEM_read_X509(file.get(), nullptr, nullptr, nullptr), &X509_free};
    if (!cert) return {};
    std::array<char, 16> name{};
    std::snprintf(name.data(), name.size(), "%08lx.0", X509_subject_name_hash(cert.get()));
    return name.data();
}

// /etc/ssl/certs, in this process only, becomes a folder trusting just `certificate`.
bool trust_only_in_system_folder(const fs::path& certificate, const fs::path& folder) {
    if (unshare(CLONE_NEWNS) != 0) return false;
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return false;
    const std::string name = hashed_name(certificate);
    if (name.empty()) return false;
    fs::copy_file(certificate, folder / name);
    return mount(folder.c_str(), "/etc/ssl/certs", nullptr, MS_BIND, nullptr) == 0;
}

int run_child(const fs::path& folder) {
    try {
        SyncFixture f(ServerCertificate{"self-signed.crt", "self-signed.key"});
        if (!trust_only_in_system_folder(f.certs() / "self-signed.crt", folder)) return kCannotIsolate;
        f.enqueue(2);
        const auto summary = f.sync();
        if (summary.sent > 0 || f.server_total() > 0) return kTrusted;
        return summary.configuration_problem ? kRefused : kTestFailed;
    } catch (...) {
        return kTestFailed;
    }
}

}  // namespace

TEST_CASE("with ca_file set, a CA in the system's certificate folder is not trusted") {
    if (geteuid() != 0) SKIP("needs root for a mount namespace of its own");
    TempDir folder;
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) _exit(run_child(folder.path()));
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    if (WEXITSTATUS(status) == kCannotIsolate) SKIP("no mount namespace here (a container without CAP_SYS_ADMIN)");
    CHECK(WEXITSTATUS(status) == kRefused);
}
