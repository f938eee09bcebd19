#pragma once
// Builds a push request record by record, reading each queued payload exactly once: the
// payload is checked and embedded in one parse, and a payload that is not a JSON object is
// refused on its own instead of failing its whole batch. A day's-end sync of thousands of
// records spends most of its device time here, so nothing is parsed twice.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/push_batch.hpp"

namespace kiosk::sync {

class PushBatchWriter {
public:
    PushBatchWriter(std::string device_id, std::optional<std::string> audit_head,
                    std::optional<std::string> audit_anchor, std::optional<std::string> audit_signature = {});
    PushBatchWriter(PushBatchWriter&&) noexcept;
    PushBatchWriter& operator=(PushBatchWriter&&) noexcept;
    ~PushBatchWriter();

    // About how many bytes a record adds to a request, to keep requests under a size limit.
    static std::size_t estimated_bytes(const PushRecord& record);
    // Throws ProtocolError, adding nothing, when the record's payload is not a JSON object.
    void add(const PushRecord& record);
    // A record BatchProtector::protect made: its payload_json is canonical JSON and its sealed
    // text base64, both embedded as they are, without a parse.
    void add_canonical(const PushRecord& record);
    // Format 2: the batch's manifest, its signature and key (BatchProtector::finish); the body
    // then says "api_version": 2.
    void seal_with(BatchSealWire seal) { seal_ = std::move(seal); }
    bool sealed() const { return seal_.has_value(); }
    bool empty() const { return uuids_.empty(); }
    const std::vector<std::string>& uuids() const { return uuids_; }
    // The request body (docs/sync-api.md, "Push"). Moves the records into it rather than
    // copying a batch's worth of payloads, so the writer is spent afterwards.
    std::string take_body();

private:
    void append(const PushRecord& record, std::string_view payload, bool sealed_is_base64);
    struct Records;
    std::optional<BatchSealWire> seal_;
    std::string device_id_;
    std::optional<std::string> audit_head_;
    std::optional<std::string> audit_anchor_;
    std::optional<std::string> audit_signature_;
    std::unique_ptr<Records> records_;
    std::vector<std::string> uuids_;
};

}  // namespace kiosk::sync
