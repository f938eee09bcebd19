#pragma once
// A request as the handlers see it, once the HTTP layer has bounded and read it, and the
// answer they give back. No Beast types here, so handlers and the fuzz target stay plain.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::sync::server {

struct ApiRequest {
    std::string path;          // without the query
    std::string query;         // after '?', empty when none
    std::string body;          // inflated, at most the route's cap
    std::string bearer_token;  // from "Authorization: Bearer ...", empty when none
};

struct ApiResponse {
    // How the answer leaves: whole, or (test faults only) misbehaving like a broken network.
    enum class Delivery {
        Whole,
        HeadersThenCut,  // a status line and headers, then the connection is dropped
        Stall,           // a status line, headers and one byte, then silence
        Hold,            // a long poll with nothing new yet: the session waits (below), holding no thread
    };
    int status = 200;
    std::string body;
    std::string content_type = "application/json";
    std::optional<int> retry_after_seconds;
    std::string location;  // for a redirect
    // Close the connection after this answer (a refused long poll: its place goes back at once).
    bool close = false;
    Delivery delivery = Delivery::Whole;
    std::chrono::milliseconds stall_for{0};
    // What the request's log line adds to its endpoint, status and duration (session.cpp):
    // "device=ID" and, for a push, counts by kind and outcome. Ids, kinds and counts only,
    // never a request's content (docs/SECURITY.md, section 6).
    std::string log_detail;

    // Delivery::Hold: the session waits until a change commits after `seen_generation`
    // (change_signal.hpp) or until `hold_until`, then calls `resume` on a worker thread with
    // `final` true at the deadline. resume may answer Hold again (a change this device does not
    // receive). `hold_place` is the poll's place in the PollGate, given back with the answer.
    std::chrono::steady_clock::time_point hold_until{};
    std::uint64_t seen_generation = 0;
    std::function<ApiResponse(bool final)> resume;
    std::shared_ptr<void> hold_place;

    static ApiResponse json(std::string body);
    // {"error": sentence}: always our own words, never an exception's text.
    static ApiResponse error(int status, std::string_view sentence);
};

}  // namespace kiosk::sync::server
