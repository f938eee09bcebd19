#include "kiosk/app/sync/sync_run.hpp"

#include <chrono>
#include <future>
#include <memory>

#include "kiosk/app/sync/sync_batch.hpp"
#include "kiosk/app/sync/sync_status.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/pull_apply_repository.hpp"
#include "kiosk/store/replication_journal.hpp"
#include "kiosk/store/store_error.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {
namespace {

constexpr const char* kActor = "sync";

// Sends the outbox in batches, one request at a time, but pipelined: while the server works on
// one batch, the next is read and encoded, and the answers to the previous one are saved, so
// the device's and the server's work overlap instead of taking turns.
void push_all(store::Database& db, sync::SyncClient& client, const std::string& device_id, const core::Clock& clock,
              SyncProgressBoard& board, const SyncOptions& options, SyncSummary& summary) {
    store::OutboxRepository outbox(db);
    const std::int64_t total = options.fast_lane_only
                                   ? outbox.queued_fast_lane()
                                   : outbox.counts().queued + (options.snapshots ? store::ReplicationJournal(db).waiting() : 0);
    const auto started = std::chrono::steady_clock::now();
    board.update([&](SyncProgress& p) {
        p = SyncProgress{};
        p.running = true;
        p.step = "sending";
        p.records_total = total;
    });
    PushCursor after;
    // The audit row this run's batches vouch for: the server's newest, asked once before the
    // first batch (nothing is on its way then), then the head of each batch it has answered.
    std::optional<std::int64_t> vouch_for;
    // Batches live on the heap: the request on its way refers to one while the loop moves on.
    const auto read_batch = [&]() -> std::unique_ptr<Batch> {
        auto items = read_sendables(db, clock, options, after);
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
        // A server that has seen nothing of this device yet can be vouched for by no row: until it
        // answers the first batch, a second one (whose head moved on: journal snapshots read for it
        // add an audit row) would carry no anchor and be refused as a rewritten history. So the
        // first batch goes alone; pipelining starts once there is a head to vouch for.
        std::unique_ptr<Batch> next = vouch_for.value_or(0) > 0 ? read_batch() : nullptr;
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
        const std::int64_t settled = save_results(db, clock, *current, results, options, summary);
        // A server that answers for none of a batch would have us send it forever.
        if (settled == 0) {
            summary.problem = "the server did not answer for the records it was sent";
            summary.problem_kind = SyncProblem::NoAnswer;
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
    // Only the first request of a run may wait: once something came, the rest follows at once.
    std::chrono::seconds wait = options.pull_wait;
    for (;;) {
        const sync::PullPage page = client.pull(pulled.cursor().value_or(""), options.pull_page_size, wait);
        wait = std::chrono::seconds{0};
        store::WriteTransaction tx(db, kActor, clock.now());
        const store::AppliedPage applied = pulled.apply_page(tx, page.changes, page.cursor, options.this_device);
        tx.commit();
        summary.pulled_changes += static_cast<std::int64_t>(applied.changes);
        summary.receipts += static_cast<std::int64_t>(applied.receipts);
        if (!page.changes.empty() && options.on_applied) options.on_applied();
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
        summary.problem_kind = summary.configuration_problem ? SyncProblem::NotTrusted : SyncProblem::Unreachable;
        summary.interrupted = error.kind() == sync::FailureKind::Interrupted;
        if (summary.interrupted) {
            summary.problem.clear();
            summary.problem_kind = SyncProblem::None;
        }
    } catch (const store::StoreError& error) {
        // A pulled page the database refused (say, a booking for an unknown child): the page
        // was rolled back whole and its cursor not moved.
        summary.problem = std::string{"a change from the server could not be saved: "} + error.what();
        summary.problem_kind = SyncProblem::ChangeNotSaved;
    }
    store::OutboxRepository outbox(db);
    summary.still_queued = options.fast_lane_only ? outbox.queued_fast_lane() : outbox.counts().queued;
    if (summary.problem.empty() && !summary.interrupted && !options.fast_lane_only && options.record_success) {
        record_successful_sync(db, clock.now());
    }
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
