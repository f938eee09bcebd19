#pragma once
// Bearer and enrolment tokens as both storage backends make and keep them: 256 random bits
// handed out once, and only their SHA-256 stored, so the database never holds a usable token.
#include <cstdint>
#include <string>

namespace kiosk::sync::server::sql {

std::string sha256_hex(const std::string& text);
// 256 random bits, base64url without padding: safe in a header and a file without quoting.
std::string random_token();
std::int64_t unix_now();

}  // namespace kiosk::sync::server::sql
