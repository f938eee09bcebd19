#include "sync/protocol/json_fields.hpp"

#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/wire_time.hpp"

namespace kiosk::sync {
using nlohmann::json;

bool is_wire_uuid(std::string_view text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

JsonFields::JsonFields(const json& data, std::string what) : data_(data), what_(std::move(what)) {
    if (!data_.is_object()) throw ProtocolError("a " + what_ + " is not a JSON object");
}

JsonFields::JsonFields(const json& data, std::string what, std::vector<const char*>& names_read)
    : JsonFields(data, std::move(what)) {
    names_read_ = &names_read;
}

bool JsonFields::has(const char* name) const {
    note(name);
    const auto it = data_.find(name);
    return it != data_.end() && !it->is_null();
}

const json& JsonFields::at(const char* name) const {
    note(name);
    const auto it = data_.find(name);
    if (it == data_.end()) throw ProtocolError("a " + what_ + " lacks the field " + std::string(name));
    return *it;
}

void JsonFields::fail(const std::string& name, const std::string& expected) const {
    throw ProtocolError("a " + what_ + " has a field " + name + " that is not " + expected);
}

std::int64_t JsonFields::integer(const char* name, std::int64_t low, std::int64_t high) const {
    const auto& v = at(name);
    if (!v.is_number_integer() || v.get<std::int64_t>() < low || v.get<std::int64_t>() > high) {
        fail(name, "an integer from " + std::to_string(low) + " to " + std::to_string(high));
    }
    return v.get<std::int64_t>();
}

std::string JsonFields::text(const char* name) const {
    const auto& v = at(name);
    if (!v.is_string()) fail(name, "text");
    return v.get<std::string>();
}

std::optional<std::string> JsonFields::optional_text(const char* name) const {
    note(name);
    if (!data_.contains(name)) return std::nullopt;
    return text(name);
}

bool JsonFields::boolean(const char* name) const {
    const auto& v = at(name);
    if (!v.is_boolean()) fail(name, "true or false");
    return v.get<bool>();
}

core::Timestamp JsonFields::time(const char* name) const {
    const auto& v = at(name);
    if (!v.is_string()) fail(name, "a UTC time like 2026-11-23T10:05:00Z");
    const auto t = parse_wire_time(v.get<std::string>());
    if (!t) fail(name, "a UTC time like 2026-11-23T10:05:00Z");
    return *t;
}

std::optional<core::Timestamp> JsonFields::optional_time(const char* name) const {
    if (!has(name)) return std::nullopt;
    return time(name);
}

std::string JsonFields::uuid(const char* name) const {
    const auto& v = at(name);
    if (!v.is_string() || !is_wire_uuid(v.get_ref<const std::string&>())) fail(name, "a UUID");
    return v.get<std::string>();
}

std::optional<std::string> JsonFields::optional_uuid(const char* name) const {
    if (!has(name)) return std::nullopt;
    return uuid(name);
}

std::string JsonFields::date(const char* name) const {
    const std::string value = text(name);
    // YYYY-MM-DD: checked for shape; calendars are the venue's business, not the wire's.
    const bool digits = value.size() == 10 && value[4] == '-' && value[7] == '-';
    if (!digits) fail(name, "a date like 2026-11-23");
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (i != 4 && i != 7 && (value[i] < '0' || value[i] > '9')) fail(name, "a date like 2026-11-23");
    }
    return value;
}

const json& JsonFields::list(const char* name) const {
    const auto& v = at(name);
    if (!v.is_array()) fail(name, "a list");
    return v;
}

const json& JsonFields::object(const char* name) const {
    const auto& v = at(name);
    if (!v.is_object()) fail(name, "an object");
    return v;
}

}  // namespace kiosk::sync
