#pragma once
// A request as the handlers see it, once the HTTP layer has bounded and read it, and the
// answer they give back. No Beast types here, so handlers and the fuzz target stay plain.
#include <chrono>
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
    };
    int status = 200;
    std::string body;
    std::string content_type = "application/json";
    std::optional<int> retry_after_seconds;
    std::string location;  // for a redirect
    Delivery delivery = Delivery::Whole;
    std::chrono::milliseconds stall_for{0};

    static ApiResponse json(std::string body);
    // {"error": sentence}: always our own words, never an exception's text.
    static ApiResponse error(int status, std::string_view sentence);
};

}  // namespace kiosk::sync::server
