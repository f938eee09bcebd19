#include "kiosk/app/sync_run.hpp"

#include <chrono>
#include <future>
#include <map>
#include <memory>
#include <variant>

#include "kiosk/app/record_protection.hpp"
#include "kiosk/store/audit_log.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/pull_apply_repository.hpp"
#include "kiosk/store/write_transaction.hpp"
#include "kiosk/app/sync_status.hpp"
#include "kiosk/store/store_error.hpp"
#include "sync/protocol/audit_head.hpp"
#include "sync/protocol/base64.hpp"
#include "sync/protocol/protocol_error.hpp"
#include "sync/protocol/push_batch_writer.hpp"

namespace kiosk::app {
namespace {

constexpr const char* kActor = "sync";

struct Batch {
    std::optional<sync::PreparedPush> request;  // none when every record of it was refused
    std::map<std::string, std::string> kinds;                     // uuid -> kind, for rejection reports
    std::vector<std::pair<std::string, std::string>> unsendable;  // uuid, reason: refused before sending
    store::OutboxCursor read_to;                                  // the cursor past this batch's items
    std::int64_t audit_head_seq = 0;                              // the audit row this batch showed as newest
};

// The newest audit row, so the server can tell if this device's history was rewritten
// between two syncs, and the row the server saw as newest (`vouch_for`) as this device's chain
// has it now (docs/sync-api.md, "Audit head").
struct AuditClaims {
    std::optional<sync::AuditHead> head;
    std::optional<std::string> anchor;
};

AuditClaims audit_claims(store::Database& db, std::int64_t vouch_for) {
    AuditClaims claims;
    if (const auto latest = store::AuditLog::latest(db, 1); !latest.empty()) {
        claims.head = sync::AuditHead{latest.front().seq, store::AuditLog::hash_at(db, latest.front().seq)};
    }
    if (vouch_for > 0) {
        // A row this device no longer has is vouched for with a hash that matches nothing.
        std::string hash = store::AuditLog::hash_at(db, vouch_for);
        if (hash.empty()) hash.assign(64, '0');
        claims.anchor = sync::format_audit_head({vouch_for, hash});
    }
    return claims;
}

Batch make_batch(store::Database& db, std::vector<store::OutboxItem> items, store::OutboxCursor from,
                 const std::string& device_id, const SyncOptions& options, std::int64_t vouch_for) {
    Batch batch;
    batch.read_to = from;
    const AuditClaims claims = audit_claims(db, vouch_for);
    if (claims.head) batch.audit_head_seq = claims.head->seq;
    std::optional<std::string> head;
    if (claims.head) head = sync::format_audit_head(*claims.head);
    std::optional<std::string> signature;
    if (options.keys != nullptr && (head || claims.anchor)) {
        signature = sign_audit_claims(device_id, head, claims.anchor, *options.keys);
    }
    sync::PushBatchWriter writer(device_id, std::move(head), claims.anchor, std::move(signature));
    std::size_t bytes = 256;  // the envelope around the records
    for (auto& item : items) {
        sync::PushRecord record{.uuid = item.uuid, .kind = item.kind, .schema = item.schema,
                                .created_at = item.created_at, .device_id = device_id,
                                .payload_json = std::move(item.payload),
                                .signature = std::nullopt, .sealed = std::nullopt};
        try {
            if (options.keys != nullptr) protect_record(record, *options.keys);
            const std::size_t size = sync::PushBatchWriter::estimated_bytes(record);
            if (size > options.max_record_bytes) {
                // The server refuses a request this large (413); sending it would block the
                // queue behind it on every sync.
                batch.unsendable.emplace_back(item.uuid, "the record is larger than the server takes in one request");
                batch.read_to.passed(item);
                continue;
            }
            if (!writer.empty() && bytes + size > options.max_batch_bytes) break;
            writer.add(record);
            bytes += size;
            batch.kinds[item.uuid] = item.kind;
        } catch (const sync::ProtocolError&) {
            batch.unsendable.emplace_back(item.uuid, "the queued payload is not a JSON object");
        }
        batch.read_to.passed(item);
    }
    if (!writer.empty()) batch.request = sync::prepare_push(std::move(writer));
    return batch;
}

// Saves the server's answers for one batch, in one transaction. Returns how many were settled.
std::int64_t save_results(store::Database& db, const core::Clock& clock, const Batch& batch,
                          const std::vector<sync::RecordResult>& results, SyncSummary& summary) {
    store::WriteTransaction tx(db, kActor, clock.now());
    store::OutboxRepository outbox(db);
    std::int64_t settled = 0;
    for (const auto& [uuid, reason] : batch.unsendable) {
        outbox.mark_rejected(tx, uuid, reason);
        ++summary.rejected;
        summary.rejections.push_back({uuid, "", reason});
        ++settled;
    }
    std::vector<std::string> stored;
    std::vector<std::string> already_stored;
    for (const auto& result : results) {
        switch (result.status) {
            case sync::RecordStatus::Stored: stored.push_back(result.uuid); break;
            case sync::RecordStatus::AlreadyStored: already_stored.push_back(result.uuid); break;
            case sync::RecordStatus::Rejected:
                outbox.mark_rejected(tx, result.uuid, result.reason);
                ++summary.rejected;
                summary.rejections.push_back({result.uuid, batch.kinds.at(result.uuid), result.reason});
                break;
        }
        ++settled;
    }
    outbox.mark_delivered(tx, stored, store::Delivery::Stored);
    outbox.mark_delivered(tx, already_stored, store::Delivery::AlreadyStored);
    summary.sent += static_cast<std::int64_t>(stored.size());
    summary.already_there += static_cast<std::int64_t>(already_stored.size());
    if (settled > 0) tx.commit();
    return settled;
}

// Sends the outbox in batches, one request at a time, but pipelined: while the server works on
// one batch, the next is read and encoded, and the answers to the previous one are saved, so
// the device's and the server's work overlap instead of taking turns.
void push_all(store::Database& db, sync::SyncClient& client, const std::string& device_id, const core::Clock& clock,
              SyncProgressBoard& board, const SyncOptions& options, SyncSummary& summary) {
    store::OutboxRepository outbox(db);
    const std::int64_t total = options.fast_lane_only ? outbox.queued_fast_lane() : outbox.counts().queued;
    const auto started = std::chrono::steady_clock::now();
    board.update([&](SyncProgress& p) {
        p = SyncProgress{};
        p.running = true;
        p.step = "sending";
        p.records_total = total;
    });
    store::OutboxCursor after;
    // The audit row this run's batches vouch for: the server's newest, asked once before the
    // first batch (nothing is on its way then), then the head of each batch it has answered.
    std::optional<std::int64_t> vouch_for;
    // Batches live on the heap: the request on its way refers to one while the loop moves on.
    const auto read_batch = [&]() -> std::unique_ptr<Batch> {
        auto items = outbox.next_batch(options.max_batch_records, options.fast_lane_only, after);
        if (items.empty()) return nullptr;
        if (!vouch_for) vouch_for = client.audit_seen();
        auto batch = std::make_unique<Batch>(make_batch(db, std::move(items), after, device_id, options, *vouch_for));
        after = batch->read_to;
        return batch;
    };
    std::uint64_t bytes_before = 0;
    // Only the network work runs on the other thread; every database call stays on this one.
    const auto send = [&](const Batch& batch) -> std::future<std::vector<sync::RecordResult>> {
        if (!batch.request) return {};
        return std::async(std::launch::async, [&client, &board, &batch, base = bytes_before] {
            return client.push(*batch.request, [&board, base](std::uint64_t sent, std::uint64_t) {
                board.update([&](SyncProgress& p) { p.bytes_sent = base + sent; });
            });
        });
    };
    std::int64_t done = 0;
    std::unique_ptr<Batch> current = read_batch();
    std::future<std::vector<sync::RecordResult>> answer;
    if (current) answer = send(*current);
    while (current) {
        std::unique_ptr<Batch> next = read_batch();
        std::vector<sync::RecordResult> results;
        if (answer.valid()) results = answer.get();
        if (current->request) vouch_for = current->audit_head_seq;
        board.update([&](SyncProgress& p) { bytes_before = p.bytes_sent; });
        if (!next) {
            // The rest of the queue from the start: records the server left unanswered.
            after = {};
        }
        // Saved while the next request is out; the next batch's records are not in this one.
        std::future<std::vector<sync::RecordResult>> next_answer;
        if (next) next_answer = send(*next);
        const std::int64_t settled = save_results(db, clock, *current, results, summary);
        // A server that answers for none of a batch would have us send it forever.
        if (settled == 0) {
            summary.problem = "the server did not answer for the records it was sent";
            if (next_answer.valid()) next_answer.wait();
            break;
        }
        done += settled;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        board.update([&](SyncProgress& p) {
            p.records_done = done;
            p.records_per_second = seconds > 0 ? static_cast<double>(done) / seconds : 0;
        });
        if (!next) {
            next = read_batch();
            if (next) next_answer = send(*next);
        }
        current = std::move(next);
        answer = std::move(next_answer);
    }
}

void pull_all(store::Database& db, sync::SyncClient& client, const core::Clock& clock, SyncProgressBoard& board,
              const SyncOptions& options, SyncSummary& summary) {
    store::PullApplyRepository pulled(db);
    board.update([](SyncProgress& p) { p.step = "receiving changes"; });
    for (;;) {
        const sync::PullPage page = client.pull(pulled.cursor().value_or(""), options.pull_page_size);
        store::WriteTransaction tx(db, kActor, clock.now());
        for (const auto& change : page.changes) {
            std::visit([&](const auto& row) { pulled.upsert(tx, row); }, change);
        }
        pulled.finish_page(tx, page.cursor, page.changes.size());
        tx.commit();
        summary.pulled_changes += static_cast<std::int64_t>(page.changes.size());
        if (!page.more) break;
    }
}

}  // namespace

SyncSummary run_sync(store::Database& db, sync::SyncClient& client, const std::string& device_id,
                     const core::Clock& clock, SyncProgressBoard& board, const SyncOptions& options) {
    SyncSummary summary;
    try {
        push_all(db, client, device_id, clock, board, options, summary);
        if (options.pull && summary.problem.empty()) pull_all(db, client, clock, board, options, summary);
    } catch (const sync::TransportError& error) {
        summary.problem = error.what();
        summary.configuration_problem = error.kind() == sync::FailureKind::Configuration;
    } catch (const store::StoreError& error) {
        // A pulled page the database refused (say, a booking for an unknown child): the page
        // was rolled back whole and its cursor not moved.
        summary.problem = std::string{"a change from the server could not be saved: "} + error.what();
    }
    store::OutboxRepository outbox(db);
    summary.still_queued = options.fast_lane_only ? outbox.queued_fast_lane() : outbox.counts().queued;
    if (summary.problem.empty() && !options.fast_lane_only) record_successful_sync(db, clock.now());
    board.update([&](SyncProgress& p) {
        p.running = false;
        p.step = summary.problem.empty() ? "done" : "stopped";
        p.last_problem = summary.problem;
    });
    return summary;
}

std::string summary_line(const SyncSummary& s) {
    return "sent " + std::to_string(s.sent) + ", already there " + std::to_string(s.already_there) + ", rejected " +
           std::to_string(s.rejected) + ", still queued " + std::to_string(s.still_queued);
}

}  // namespace kiosk::app
