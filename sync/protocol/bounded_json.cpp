#include "sync/protocol/bounded_json.hpp"

#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync {
namespace {

using nlohmann::json;

// nlohmann's own DOM builder behind a SAX front that counts open objects and arrays and stops
// the parse at the first one past the limit. This used to be a parser callback, which routes
// every key and value through a std::function and copies each key into a json to show it: in
// a push, whose body is mostly long base64 strings and payloads, that callback parser was
// about half of the server's JSON time (docs/PERFORMANCE.md, "Where the sync time goes").
// json_sax_dom_parser is nlohmann's detail API, stable within Debian 12's 3.11.2.
class DepthLimitedDom {
public:
    DepthLimitedDom(json& result, int max_depth) : dom_(result, /*allow_exceptions=*/false), max_depth_(max_depth) {}

    bool null() { return dom_.null(); }
    bool boolean(bool value) { return dom_.boolean(value); }
    bool number_integer(json::number_integer_t value) { return dom_.number_integer(value); }
    bool number_unsigned(json::number_unsigned_t value) { return dom_.number_unsigned(value); }
    bool number_float(json::number_float_t value, const json::string_t& text) { return dom_.number_float(value, text); }
    bool string(json::string_t& value) { return dom_.string(value); }
    bool binary(json::binary_t& value) { return dom_.binary(value); }
    bool key(json::string_t& value) { return dom_.key(value); }
    bool start_object(std::size_t elements) { return enter() && dom_.start_object(elements); }
    bool end_object() {
        --depth_;
        return dom_.end_object();
    }
    bool start_array(std::size_t elements) { return enter() && dom_.start_array(elements); }
    bool end_array() {
        --depth_;
        return dom_.end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& error) {
        return dom_.parse_error(position, token, error);
    }

    bool too_deep() const { return too_deep_; }

private:
    // The same rule as before: a container that opens with `max_depth` others open is refused.
    bool enter() {
        if (depth_ >= max_depth_) {
            too_deep_ = true;
            return false;
        }
        ++depth_;
        return true;
    }

    nlohmann::detail::json_sax_dom_parser<json> dom_;
    int max_depth_;
    int depth_ = 0;
    bool too_deep_ = false;
};

}  // namespace

nlohmann::json parse_bounded_json(std::string_view text, const char* what, int max_depth) {
    json doc;
    DepthLimitedDom sax(doc, max_depth);
    // Strict: nothing but white space may follow the value. The parse stops at the first
    // container past the limit, so a hostile body is not read to its end.
    const bool parsed = json::sax_parse(text.begin(), text.end(), &sax, json::input_format_t::json, /*strict=*/true);
    if (sax.too_deep()) {
        throw ProtocolError(std::string{"the "} + what + " nests deeper than " + std::to_string(max_depth) + " levels");
    }
    if (!parsed || doc.is_discarded()) throw ProtocolError(std::string{"the "} + what + " is not JSON");
    return doc;
}

}  // namespace kiosk::sync
