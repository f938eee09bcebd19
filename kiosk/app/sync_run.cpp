#include "kiosk/app/sync_run.hpp"

#include <chrono>
#include <map>
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

#include <nlohmann/json.hpp>

namespace kiosk::app {
namespace {

constexpr const char* kActor = "sync";

struct Batch {
    sync::PushBatch request;
    std::map<std::string, std::string> kinds;            // uuid -> kind, for rejection reports
    std::vector<std::pair<std::string, std::string>> unsendable;  // uuid, reason: refused before sending
};

int payload_schema(const std::string& payload) {
    const auto doc = nlohmann::json::parse(payload, nullptr, false);
    if (doc.is_object() && doc.contains("schema") && doc["schema"].is_number_integer()) return doc["schema"].get<int>();
    return 1;
}

// The newest audit row as "<seq>:<hash>", so the server can tell if this device's history
// was rewritten between two syncs (docs/sync-api.md, "Audit head").
std::optional<std::string> audit_head(store::Database& db) {
    const auto latest = store::AuditLog::latest(db, 1);
    if (latest.empty()) return std::nullopt;
    std::string hex;
    static constexpr char kHex[] = "0123456789abcdef";
    for (const std::uint8_t b : latest.front().hash) {
        hex += kHex[b >> 4];
        hex += kHex[b & 0x0F];
    }
    return sync::format_audit_head({latest.front().seq, hex});
}

Batch make_batch(store::Database& db, const std::vector<store::OutboxItem>& items, const std::string& device_id,
                 const SyncOptions& options) {
    const std::size_t max_bytes = options.max_batch_bytes;
    Batch batch;
    batch.request.device_id = device_id;
    batch.request.audit_head = audit_head(db);
    std::size_t bytes = 256;  // the envelope around the records
    for (const auto& item : items) {
        sync::PushRecord record{.uuid = item.uuid, .kind = item.kind, .schema = payload_schema(item.payload),
                                .created_at = item.created_at, .device_id = device_id, .payload_json = item.payload,
                                .signature = std::nullopt, .sealed = std::nullopt};
        std::size_t size = 0;
        try {
            if (options.keys != nullptr) protect_record(record, *options.keys);
            size = sync::encoded_record_size(record) + (record.sealed ? record.sealed->size() : 0) +
                   (record.signature ? record.signature->size() : 0);
        } catch (const sync::ProtocolError&) {
            batch.unsendable.emplace_back(item.uuid, "the queued payload is not a JSON object");
            continue;
        }
        if (!batch.request.records.empty() && bytes + size > max_bytes) break;
        bytes += size;
        batch.kinds[item.uuid] = item.kind;
        batch.request.records.push_back(std::move(record));
    }
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
    for (const auto& result : results) {
        switch (result.status) {
            case sync::RecordStatus::Stored:
                outbox.mark_sent(tx, result.uuid);
                ++summary.sent;
                break;
            case sync::RecordStatus::AlreadyStored:
                outbox.mark_already_stored(tx, result.uuid);
                ++summary.already_there;
                break;
            case sync::RecordStatus::Rejected:
                outbox.mark_rejected(tx, result.uuid, result.reason);
                ++summary.rejected;
                summary.rejections.push_back({result.uuid, batch.kinds.at(result.uuid), result.reason});
                break;
        }
        ++settled;
    }
    if (settled > 0) tx.commit();
    return settled;
}

void push_all(store::Database& db, sync::SyncClient& client, const std::string& device_id, const core::Clock& clock,
              SyncProgressBoard& board, const SyncOptions& options, SyncSummary& summary) {
    store::OutboxRepository outbox(db);
    const std::int64_t total = options.fast_lane_only ? outbox.queued_fast_lane() : outbox.counts().queued;
    const auto started = std::chrono::steady_clock::now();
    std::uint64_t bytes_before = 0;
    board.update([&](SyncProgress& p) {
        p = SyncProgress{};
        p.running = true;
        p.step = "sending";
        p.records_total = total;
    });
    std::int64_t done = 0;
    for (;;) {
        const auto items = outbox.next_batch(options.max_batch_records, options.fast_lane_only);
        if (items.empty()) break;
        Batch batch = make_batch(db, items, device_id, options);
        std::vector<sync::RecordResult> results;
        if (!batch.request.records.empty()) {
            results = client.push(batch.request, [&](std::uint64_t sent, std::uint64_t) {
                board.update([&](SyncProgress& p) { p.bytes_sent = bytes_before + sent; });
            });
        }
        const std::int64_t settled = save_results(db, clock, batch, results, summary);
        // A server that answers for none of a batch would have us send it forever.
        if (settled == 0) {
            summary.problem = "the server did not answer for the records it was sent";
            break;
        }
        done += settled;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        board.update([&](SyncProgress& p) {
            p.records_done = done;
            bytes_before = p.bytes_sent;
            p.records_per_second = seconds > 0 ? static_cast<double>(done) / seconds : 0;
        });
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
