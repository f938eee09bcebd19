#pragma once
// A sealed payload as the server opens it (push format 2): read once with simdjson and handed
// over as nlohmann's DOM for its kind's schema check (payload_schema.hpp), and told whether its
// text is canonical, i.e. exactly what nlohmann's compact dump() of that DOM writes (keys sorted,
// each once, no white space, no escape spelled otherwise). The server stores a sealed payload as
// the device hashed it, so it takes canonical text only: every later reader sees what the check
// saw. This replaced nlohmann's parse and a second dump() to compare, the largest step of the
// server's work a record (docs/sync-api.md, "Where an enrolled sync's time goes").
#include <nlohmann/json.hpp>

#include <memory>
#include <string_view>

namespace kiosk::sync {

class CanonicalPayloadReader {
public:
    CanonicalPayloadReader();
    ~CanonicalPayloadReader();
    CanonicalPayloadReader(const CanonicalPayloadReader&) = delete;
    CanonicalPayloadReader& operator=(const CanonicalPayloadReader&) = delete;

    struct Read {
        nlohmann::json payload;
        bool canonical = false;
    };
    // Throws ProtocolError naming `what` when the text is not JSON, nests deeper than
    // kMaxJsonDepth (bounded_json.hpp), or holds a number past 64 bits or a double's range.
    Read read(std::string_view text, const char* what);

private:
    struct Parser;
    std::unique_ptr<Parser> parser_;  // one per thread: reused record after record
};

}  // namespace kiosk::sync
