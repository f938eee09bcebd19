#include "sync/protocol/bounded_json.hpp"

#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync {

nlohmann::json parse_bounded_json(std::string_view text, const char* what, int max_depth) {
    bool too_deep = false;
    // The parser callback sees every value start with its depth; refusing the first one past
    // the limit makes the parser drop it (it keeps only a bit per level meanwhile), and the
    // flag turns the whole message away below.
    const nlohmann::json::parser_callback_t limit_depth = [&too_deep, max_depth](
                                                              int depth, nlohmann::json::parse_event_t event,
                                                              nlohmann::json&) {
        if ((event == nlohmann::json::parse_event_t::object_start ||
             event == nlohmann::json::parse_event_t::array_start) &&
            depth >= max_depth) {
            too_deep = true;
        }
        return !too_deep;
    };
    nlohmann::json doc = nlohmann::json::parse(text.begin(), text.end(), limit_depth, /*allow_exceptions=*/false);
    if (too_deep) {
        throw ProtocolError(std::string{"the "} + what + " nests deeper than " + std::to_string(max_depth) + " levels");
    }
    if (doc.is_discarded()) throw ProtocolError(std::string{"the "} + what + " is not JSON");
    return doc;
}

}  // namespace kiosk::sync
