#include "sync/server/handlers.hpp"

#include <nlohmann/json.hpp>

#include <charconv>

#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/pull_page.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/server/feed_scope.hpp"
#include "sync/server/record_verifier.hpp"
#include "sync/server/server_store.hpp"

namespace kiosk::sync::server {
namespace {

constexpr int kDefaultPageSize = 200;
constexpr int kMaxPageSize = 1000;

// A fault that comes before any work (fault_plan.hpp); nothing when the request goes on.
std::optional<ApiResponse> early_fault(const std::optional<FaultStep>& fault) {
    if (!fault) return std::nullopt;
    switch (fault->fault) {
        case Fault::InternalError: return ApiResponse::error(500, "injected failure");
        case Fault::TooManyRequests: {
            ApiResponse r = ApiResponse::error(429, "slow down");
            r.retry_after_seconds = fault->retry_after_seconds;
            return r;
        }
        case Fault::Stall: {
            ApiResponse r;
            r.delivery = ApiResponse::Delivery::Stall;
            r.stall_for = fault->stall_for;
            return r;
        }
        case Fault::RedirectToHttp: {
            ApiResponse r;
            r.status = 307;
            r.location = fault->redirect_to;
            return r;
        }
        default: return std::nullopt;
    }
}

// "after=12&limit=200": the only query this server reads. Its values are digits, so anything
// needing percent-decoding is not one of ours.
struct PullQuery {
    std::string after;
    int limit = kDefaultPageSize;
};

PullQuery parse_pull_query(std::string_view query) {
    PullQuery out;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        const auto eq = pair.find('=');
        const std::string_view name = pair.substr(0, eq);
        const std::string_view value = eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
        if (name == "after") {
            out.after = std::string(value);
        } else if (name == "limit") {
            int limit = 0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), limit);
            if (error != std::errc{} || end != value.data() + value.size() || limit < 1 || limit > kMaxPageSize) {
                throw ProtocolError("limit must be 1 to 1000");
            }
            out.limit = limit;
        }
    }
    return out;
}

}  // namespace

ApiResponse SyncApi::enrol(const ApiRequest& request) {
    // No bearer token here: the one-time enrolment token is the credential.
    const EnrolResult result = store_.enrol(decode_enrol_request(request.body));
    switch (result.refusal) {
        case EnrolRefusal::None: return ApiResponse::json(encode_enrol_answer(*result.answer));
        case EnrolRefusal::UnknownOrUsed:
            return ApiResponse::error(403, "the enrolment token is unknown or has already been used");
        case EnrolRefusal::Expired: return ApiResponse::error(403, "the enrolment token has expired; ask for a new one");
        case EnrolRefusal::DeviceEnrolled:
            return ApiResponse::error(409, "this device id is already enrolled; an operator must revoke it "
                                           "(contact-sync-server revoke-device) before it can enrol again");
    }
    return ApiResponse::error(403, "the enrolment token is unknown or has already been used");
}

ApiResponse SyncApi::push(const ApiRequest& request, const DeviceIdentity& device) {
    ++push_requests_;
    const auto fault = faults_.take();
    if (auto answer = early_fault(fault)) return *answer;
    ReceivedBatch batch = decode_push_batch(request.body);
    if (batch.records.size() > limits_.max_batch_records) {
        return ApiResponse::error(413, "a batch holds at most " + std::to_string(limits_.max_batch_records) +
                                           " records; this one has " + std::to_string(batch.records.size()));
    }
    if (std::string why = verify_audit_claims(batch, device.public_key); !why.empty()) {
        return ApiResponse::error(400, why);
    }
    const std::string answer = encode_push_results(store_.store_batch(std::move(batch), device));
    if (fault && fault->fault == Fault::CutAfterStore) {
        ApiResponse cut;
        cut.delivery = ApiResponse::Delivery::HeadersThenCut;
        return cut;
    }
    if (fault && fault->fault == Fault::GarbageAnswer) {
        ApiResponse garbage = ApiResponse::json("<html>proxy error</html>");
        garbage.content_type = "text/html";
        return garbage;
    }
    if (fault && fault->fault == Fault::TruncatedAnswer) return ApiResponse::json(answer.substr(0, answer.size() / 2));
    return ApiResponse::json(answer);
}

ApiResponse SyncApi::pull(const ApiRequest& request, const DeviceIdentity& device) {
    const auto fault = faults_.take();
    if (auto answer = early_fault(fault)) return *answer;
    const PullQuery query = parse_pull_query(request.query);
    const FeedScope& scope = feed_scope(device.role);
    FeedPage page = store_.changes_after(query.after, query.limit, device.venue_id, scope.kinds());
    std::vector<std::string> changes;
    changes.reserve(page.changes.size());
    for (const auto& change : page.changes) changes.push_back(scope.filter(change));
    if (fault && fault->fault == Fault::MalformedPage && !changes.empty()) {
        changes.insert(changes.begin() + 1, R"({"kind":"child","data":{"id":7}})");
    }
    return ApiResponse::json(encode_pull_page(changes, page.cursor, page.more));
}

ApiResponse SyncApi::audit_head(const DeviceIdentity& device) {
    return ApiResponse::json(encode_audit_seen(store_.audit_seen(device)));
}

ApiResponse SyncApi::rotate_token(const DeviceIdentity& device) {
    return ApiResponse::json(nlohmann::json{{"device_token", store_.rotate_token(device)}}.dump());
}

}  // namespace kiosk::sync::server
