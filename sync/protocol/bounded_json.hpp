#pragma once
// JSON from the network, parsed with a limit on how deeply it nests. nlohmann's parser itself
// keeps its nesting on the heap, but dump(), comparisons and our own readers recurse: 100,000
// levels of "[" (200 KB) overflowed the server's stack in payload->dump(). Nothing on the
// wire nests deeper than a few levels, so 32 refuses only what no device or server sends.
#include <nlohmann/json.hpp>

#include <string_view>

namespace kiosk::sync {

inline constexpr int kMaxJsonDepth = 32;

// Throws ProtocolError ("the <what> is not JSON" or "... nests deeper than 32 levels").
// `what` names the message in the sentence, e.g. "request", "pull page".
nlohmann::json parse_bounded_json(std::string_view text, const char* what, int max_depth = kMaxJsonDepth);

}  // namespace kiosk::sync
