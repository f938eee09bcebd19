#pragma once
// What one connection and one request may cost the server. The HTTP layer checks all of it
// before any handler, and before authentication, runs: a stranger who never had a token meets
// the same bounds as a device (docs/SECURITY.md, section 3).
#include <chrono>
#include <cstddef>

namespace kiosk::sync::server {

struct HttpLimits {
    // Request line and headers together; a device sends well under 1 KiB.
    std::size_t max_header_bytes = 8 * 1024;
    // A push body as it is once gzip is undone. A batch is at most 500 records and about 1 MiB
    // of JSON (docs/sync-api.md); twice that leaves room for the device's size estimate.
    std::size_t max_push_body_bytes = 2 * 1024 * 1024;
    // Enrolment and token rotation carry a token and a key.
    std::size_t max_small_body_bytes = 16 * 1024;
    // Bodies being read or handled at once may hold this much between them (each counts its
    // route's cap); a request past it is answered 503 with Retry-After. With the per-request
    // caps above this bounds the memory any number of connections can make the server hold.
    std::size_t max_bodies_in_flight_bytes = 48 * 1024 * 1024;
    // A whole request, headers and body, from the moment the server starts waiting for it
    // (the end of the TLS handshake or of the previous answer): a slow sender of headers or of
    // a body is cut off here, and holds nothing but a socket meanwhile.
    std::chrono::milliseconds request_deadline{30'000};
    std::chrono::milliseconds handshake_deadline{10'000};
    std::chrono::milliseconds write_deadline{30'000};
    // Connections held at once, in all and from one peer address. A venue's devices come from
    // a few addresses; one address holding many connections is an attack or a bug.
    std::size_t max_connections = 512;
    std::size_t max_connections_per_address = 32;
    // The most records one push batch may hold (docs/sync-api.md); more is answered 413.
    std::size_t max_batch_records = 500;
};

}  // namespace kiosk::sync::server
