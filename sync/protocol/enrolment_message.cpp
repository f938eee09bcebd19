#include "sync/protocol/enrolment_message.hpp"

#include <nlohmann/json.hpp>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync {
namespace {
using nlohmann::json;

std::string required_string(const json& doc, const char* name, const char* what) {
    const auto it = doc.find(name);
    if (it == doc.end() || !it->is_string() || it->get<std::string>().empty() || it->get<std::string>().size() > 512) {
        throw ProtocolError(std::string{"the "} + what + " has no " + name);
    }
    return it->get<std::string>();
}

json parse_object(const std::string& body, const char* what) {
    json doc = parse_bounded_json(body, what);
    if (!doc.is_object()) throw ProtocolError(std::string{"the "} + what + " is not a JSON object");
    return doc;
}
}  // namespace

std::string encode_enrol_request(const EnrolRequest& r) {
    return json{{"token", r.token}, {"public_key", r.public_key}}.dump();
}

EnrolRequest decode_enrol_request(const std::string& body) {
    const json doc = parse_object(body, "enrolment request");
    return {required_string(doc, "token", "enrolment request"), required_string(doc, "public_key", "enrolment request")};
}

std::string encode_enrol_answer(const EnrolAnswer& a) {
    return json{{"device_id", a.device_id},
                {"device_token", a.device_token},
                {"sealing_public_key", a.sealing_public_key},
                {"venue_id", a.venue_id},
                {"role", a.role},
                {"server_role", a.server_role}}
        .dump();
}

EnrolAnswer decode_enrol_answer(const std::string& body) {
    const char* what = "server's enrolment answer";
    const json doc = parse_object(body, what);
    EnrolAnswer answer{required_string(doc, "device_id", what), required_string(doc, "device_token", what),
                       required_string(doc, "sealing_public_key", what), 0, required_string(doc, "role", what)};
    const auto venue = doc.find("venue_id");
    if (venue == doc.end() || !venue->is_number_integer() || venue->get<std::int64_t>() < 1) {
        throw ProtocolError("the server's enrolment answer has no venue_id");
    }
    answer.venue_id = venue->get<std::int64_t>();
    if (const auto server_role = doc.find("server_role"); server_role != doc.end()) {
        if (!server_role->is_string() || (*server_role != "hub" && *server_role != "receiver")) {
            throw ProtocolError("the server's enrolment answer names an unknown server_role");
        }
        answer.server_role = server_role->get<std::string>();
    }
    return answer;
}

std::string encode_token_answer(const std::string& device_token) {
    return json{{"device_token", device_token}}.dump();
}

std::string decode_token_answer(const std::string& body) {
    return required_string(parse_object(body, "server's token answer"), "device_token", "server's token answer");
}

}  // namespace kiosk::sync
