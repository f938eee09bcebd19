#include "sync/protocol/canonical_payload.hpp"

#include <simdjson.h>

#include <string>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync {
namespace {
namespace dom = simdjson::dom;

// nlohmann's DOM of what simdjson read; the depth is bounded by the parser's. A name that
// appears twice keeps its last value, as nlohmann's own parser does (such text is not canonical).
nlohmann::json to_nlohmann(dom::element element) {
    switch (element.type()) {
        case dom::element_type::OBJECT: {
            nlohmann::json object = nlohmann::json::object();
            for (const dom::key_value_pair field : dom::object(element)) object[std::string{field.key}] = to_nlohmann(field.value);
            return object;
        }
        case dom::element_type::ARRAY: {
            nlohmann::json array = nlohmann::json::array();
            for (const dom::element item : dom::array(element)) array.push_back(to_nlohmann(item));
            return array;
        }
        case dom::element_type::STRING: return std::string{std::string_view(element)};
        case dom::element_type::INT64: return std::int64_t(element);
        case dom::element_type::UINT64: return std::uint64_t(element);
        case dom::element_type::DOUBLE: return double(element);
        case dom::element_type::BOOL: return bool(element);
        case dom::element_type::NULL_VALUE: return nullptr;
    }
    return nullptr;
}

// Every object's names in strictly ascending byte order (std::map's, nlohmann's dump order):
// sorted, and none twice.
bool names_sorted(dom::element element) {
    if (element.type() == dom::element_type::OBJECT) {
        std::string_view previous;
        bool first = true;
        for (const dom::key_value_pair field : dom::object(element)) {
            if (!first && !(previous < field.key)) return false;
            previous = field.key;
            first = false;
            if (!names_sorted(field.value)) return false;
        }
    } else if (element.type() == dom::element_type::ARRAY) {
        for (const dom::element item : dom::array(element)) {
            if (!names_sorted(item)) return false;
        }
    }
    return true;
}

}  // namespace

struct CanonicalPayloadReader::Parser {
    dom::parser parser;
};

CanonicalPayloadReader::CanonicalPayloadReader() : parser_(std::make_unique<Parser>()) {
    if (parser_->parser.allocate(4096, kMaxJsonDepth) != simdjson::SUCCESS) {
        throw ProtocolError("the payload reader could not start");
    }
}

CanonicalPayloadReader::~CanonicalPayloadReader() = default;

CanonicalPayloadReader::Read CanonicalPayloadReader::read(std::string_view text, const char* what) {
    dom::parser& parser = parser_->parser;
    if (parser.capacity() < text.size() && parser.allocate(text.size(), kMaxJsonDepth) != simdjson::SUCCESS) {
        throw ProtocolError(std::string{"the "} + what + " is too large to read");
    }
    dom::element element;
    if (const auto error = parser.parse(text.data(), text.size()).get(element); error != simdjson::SUCCESS) {
        // The protocol's own sentence (nesting, or not JSON), from a reading that stops at the
        // first fault; only a refused payload pays for it.
        (void)parse_bounded_json(text, what);
        throw ProtocolError(std::string{"the "} + what + " is not JSON this server reads: " + simdjson::error_message(error));
    }
    Read out;
    out.payload = to_nlohmann(element);
    // simdjson's minify writes what nlohmann's dump() writes for the same values (its escapes,
    // integers, true/false/null; checked for every ASCII character, beyond-BMP text and NUL in
    // canonical_payload tests); with the names in dump()'s order, equal text means canonical.
    out.canonical = names_sorted(element) && simdjson::minify(element) == text;
    return out;
}

}  // namespace kiosk::sync
