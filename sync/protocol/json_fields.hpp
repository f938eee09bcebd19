#pragma once
// Reads the fields of one message's JSON object, naming the message and the field (never its
// value) in any complaint: "a pulled booking lacks the field visit_code".
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/time.hpp"

namespace kiosk::sync {

class JsonFields {
public:
    // `what` names the message in complaints: "pulled booking", "check_in payload".
    JsonFields(const nlohmann::json& data, std::string what);
    // The same, noting in `names_read` the name of every field asked about (present or not),
    // this object's own only: a payload's schema check refuses a field its decoder never asks
    // about (payload_schema.cpp).
    JsonFields(const nlohmann::json& data, std::string what, std::vector<const char*>& names_read);

    bool has(const char* name) const;
    std::int64_t integer(const char* name, std::int64_t low, std::int64_t high) const;
    int small_integer(const char* name, int low, int high) const {
        return static_cast<int>(integer(name, low, high));
    }
    std::string text(const char* name) const;
    std::optional<std::string> optional_text(const char* name) const;
    bool boolean(const char* name) const;
    core::Timestamp time(const char* name) const;
    std::optional<core::Timestamp> optional_time(const char* name) const;  // absent or null: none
    // A UUID as this protocol writes them: 36 characters, lower-case hex and dashes.
    std::string uuid(const char* name) const;
    std::optional<std::string> optional_uuid(const char* name) const;  // absent or null: none
    std::string date(const char* name) const;                          // YYYY-MM-DD
    const nlohmann::json& list(const char* name) const;
    const nlohmann::json& object(const char* name) const;

    template <class T, class Parse>
    T parsed(const char* name, Parse parse) const {
        const auto value = parse(text(name));
        if (!value) fail(name, "a known value");
        return *value;
    }

    [[noreturn]] void fail(const std::string& name, const std::string& expected) const;
    const std::string& what() const { return what_; }

private:
    const nlohmann::json& at(const char* name) const;
    void note(const char* name) const {
        if (names_read_ != nullptr) names_read_->push_back(name);
    }
    const nlohmann::json& data_;
    std::string what_;
    std::vector<const char*>* names_read_ = nullptr;
};

bool is_wire_uuid(std::string_view text);

}  // namespace kiosk::sync
