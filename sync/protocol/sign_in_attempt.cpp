#include "sync/protocol/sign_in_attempt.hpp"

#include <nlohmann/json.hpp>

#include "sync/protocol/bounded_json.hpp"
#include "sync/protocol/json_fields.hpp"
#include "sync/protocol/protocol_error.hpp"

namespace kiosk::sync {

std::string encode_sign_in_attempt(const std::string& staff_uuid, bool pin_was_right) {
    return nlohmann::json{{"staff_uuid", staff_uuid}, {"outcome", pin_was_right ? "success" : "failure"}}.dump();
}

SignInAttemptAnswer decode_sign_in_attempt_answer(const std::string& body, const std::string& staff_uuid) {
    const nlohmann::json doc = parse_bounded_json(body, "sign-in attempt answer", 4);
    const JsonFields f(doc, "sign-in attempt answer");
    SignInAttemptAnswer answer;
    answer.staff_uuid = f.uuid("staff_uuid");
    if (answer.staff_uuid != staff_uuid) throw ProtocolError("the sign-in attempt answer is about another account");
    answer.accepted = f.boolean("accepted");
    answer.counters.failed_attempts = f.small_integer("failed_attempts", 0, 1'000'000);
    answer.counters.total_failures = f.small_integer("total_failures", 0, 1'000'000);
    // A time the hub never set (no lock yet, no reset yet) may come as null.
    answer.counters.locked_until = f.optional_time("locked_until").value_or(core::Timestamp{});
    answer.counters.last_attempt_at = f.optional_time("last_attempt_at").value_or(core::Timestamp{});
    answer.counters.reset_at = f.optional_time("sign_in_reset_at").value_or(core::Timestamp{});
    return answer;
}

}  // namespace kiosk::sync
