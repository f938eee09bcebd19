#include "sync/server/handlers.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <map>

#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/enrolment_message.hpp"
#include "sync/protocol/payload_schema.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/pull_page.hpp"
#include "sync/protocol/push_batch.hpp"
#include "sync/server/hub_role.hpp"
#include "sync/server/record_verifier.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/server/receiver_storage.hpp"

namespace kiosk::sync::server {
namespace {

constexpr int kDefaultPageSize = 200;
constexpr int kMaxPageSize = 1000;
// The longest a pull may be held waiting for a change: under the 30 s most proxies and the
// device's own low-speed timeout allow a silent connection.
constexpr int kMaxWaitSeconds = 25;

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

// "after=12&limit=200&wait=25": the only query this server reads. Its values are digits, so
// anything needing percent-decoding is not one of ours.
struct PullQuery {
    std::string after;
    int limit = kDefaultPageSize;
    int wait_seconds = 0;
};

int small_number(std::string_view value, int lowest, int highest, const char* refusal) {
    int n = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (error != std::errc{} || end != value.data() + value.size() || n < lowest || n > highest) {
        throw ProtocolError(refusal);
    }
    return n;
}

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
            out.limit = small_number(value, 1, kMaxPageSize, "limit must be 1 to 1000");
        } else if (name == "wait") {
            out.wait_seconds = small_number(value, 0, kMaxWaitSeconds, "wait must be 0 to 25 seconds");
        }
    }
    return out;
}

// What a push's log line says: how many records of each kind, and how each was answered. A kind
// name is written only when it is one of the protocol's own: the batch's text is the sender's,
// and an unknown kind could be anything, a name included.
std::string push_log_detail(const std::map<std::string, int>& kinds, const std::vector<RecordResult>& results) {
    int stored = 0;
    int already = 0;
    int rejected = 0;
    for (const auto& r : results) {
        if (r.status == RecordStatus::Stored) ++stored;
        if (r.status == RecordStatus::AlreadyStored) ++already;
        if (r.status == RecordStatus::Rejected) ++rejected;
    }
    std::string line = "records=" + std::to_string(results.size()) + " stored=" + std::to_string(stored) +
                       " already_stored=" + std::to_string(already) + " rejected=" + std::to_string(rejected);
    std::string by_kind;
    for (const auto& [kind, n] : kinds) by_kind += (by_kind.empty() ? "" : ",") + kind + ":" + std::to_string(n);
    if (!by_kind.empty()) line += " kinds=" + by_kind;
    return line;
}

std::map<std::string, int> kinds_of(const ReceivedBatch& batch) {
    std::map<std::string, int> kinds;
    for (const auto& r : batch.records) {
        if (!r.record) {
            ++kinds["unreadable"];
        } else {
            ++kinds[has_payload_schema(r.record->kind) ? r.record->kind : std::string{"unknown"}];
        }
    }
    return kinds;
}

}  // namespace

ApiResponse SyncApi::enrol(const ApiRequest& request) {
    // No bearer token here: the one-time enrolment token is the credential.
    const EnrolResult result = store_.enrol(decode_enrol_request(request.body));
    switch (result.refusal) {
        case EnrolRefusal::None: {
            EnrolAnswer answer = *result.answer;
            answer.sealing_public_key = encode_base64(keys_.public_key.data(), keys_.public_key.size());
            // A device enrolled with a hub purges only after the upstream's receipt comes back
            // through it (docs/sync-api.md, "Receipts").
            answer.server_role = hub_ != nullptr ? "hub" : "receiver";
            return ApiResponse::json(encode_enrol_answer(answer));
        }
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
    const auto kinds = kinds_of(batch);
    const auto results = store_.store_batch(std::move(batch), device, keys_);
    const std::string answer = encode_push_results(results);
    const std::string log_detail = push_log_detail(kinds, results);
    // On a hub, what was stored is applied to the venue's state before the device hears
    // "stored", so its next pull already holds it (and the other devices' held polls wake).
    if (hub_ != nullptr) hub_->after_store();
    if (fault && fault->fault == Fault::CutAfterStore) {
        ApiResponse cut;
        cut.delivery = ApiResponse::Delivery::HeadersThenCut;
        cut.log_detail = log_detail;
        return cut;
    }
    if (fault && fault->fault == Fault::GarbageAnswer) {
        ApiResponse garbage = ApiResponse::json("<html>proxy error</html>");
        garbage.content_type = "text/html";
        return garbage;
    }
    ApiResponse ok = ApiResponse::json(fault && fault->fault == Fault::TruncatedAnswer ? answer.substr(0, answer.size() / 2)
                                                                                       : answer);
    ok.log_detail = log_detail;
    return ok;
}

ApiResponse SyncApi::page_answer(const DeviceIdentity& device, const std::string& after, int limit, bool* empty) {
    const FeedPage page = feed_.page(device, after, limit);
    *empty = page.changes.empty();
    return ApiResponse::json(encode_pull_page(page.changes, page.cursor, page.more));
}

ApiResponse SyncApi::pull(const ApiRequest& request, const DeviceIdentity& device) {
    const auto fault = faults_.take();
    if (auto answer = early_fault(fault)) return *answer;
    const PullQuery query = parse_pull_query(request.query);
    // Read before the page: a change that commits after the page was read moves it on, and
    // the session then wakes at once instead of sleeping through that change.
    const std::uint64_t seen = changes_.generation();
    bool empty = false;
    ApiResponse answer = page_answer(device, query.after, query.limit, &empty);
    if (fault && fault->fault == Fault::MalformedPage && !empty) {
        auto doc = nlohmann::json::parse(answer.body);
        doc["changes"].insert(doc["changes"].begin() + 1, nlohmann::json::parse(R"({"kind":"child","data":{"id":7}})"));
        answer.body = doc.dump();
    }
    if (!empty || query.wait_seconds == 0) return answer;
    auto place = polls_.try_hold(device.device_id);
    if (!place) {
        ApiResponse busy = ApiResponse::error(429, "this device already has requests waiting for changes");
        busy.retry_after_seconds = 5;
        busy.close = true;
        return busy;
    }
    ApiResponse hold;
    hold.delivery = ApiResponse::Delivery::Hold;
    hold.hold_until = std::chrono::steady_clock::now() + std::chrono::seconds{query.wait_seconds};
    hold.seen_generation = seen;
    hold.hold_place = std::move(place);
    hold.resume = [this, device, query, until = hold.hold_until](bool deadline) {
        const std::uint64_t now_seen = changes_.generation();
        bool still_empty = false;
        ApiResponse page = page_answer(device, query.after, query.limit, &still_empty);
        if (!still_empty || deadline) return page;
        // Woken by a change this device does not receive: wait on until the same deadline.
        ApiResponse again;
        again.delivery = ApiResponse::Delivery::Hold;
        again.hold_until = until;
        again.seen_generation = now_seen;
        // No resume of its own: the session keeps calling the one it holds.
        return again;
    };
    return hold;
}

ApiResponse SyncApi::audit_head(const DeviceIdentity& device) {
    return ApiResponse::json(encode_audit_seen(store_.audit_seen(device)));
}

ApiResponse SyncApi::rotate_token(const DeviceIdentity& device) {
    return ApiResponse::json(nlohmann::json{{"device_token", store_.rotate_token(device)}}.dump());
}

}  // namespace kiosk::sync::server
