#pragma once
// Push format 2 (docs/sync-api.md, "Push format 2"): one device signature and one key agreement
// per batch instead of a signature and a sealed box per record.
//   - Each record has a BLAKE2b-256 hash (record_hash_hex) over its fields and its payload as
//     stored, and for a sealed record a 16-byte random salt that travels only inside the
//     ciphertext (so nobody who sees the manifest can confirm a guess of a sealed payload).
//   - The batch's manifest lists those hashes in order, with the device id, the batch key and
//     the audit head and anchor; the device signs the manifest once (Ed25519). The server keeps
//     the manifest, its signature and each record's position and salt, so any stored record can
//     be checked on its own later: record -> hash -> manifest -> signature.
//   - Sealed payloads: one ephemeral X25519 key per batch (the batch key), crypto_kx session
//     keys against the server's sealing key, then XChaCha20-Poly1305 per record (random 24-byte
//     nonce, the record's uuid as associated data).
// libsodium does all of it; nothing here is hand-made crypto.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sync/protocol/push_batch.hpp"

namespace kiosk::sync {

inline constexpr std::size_t kRecordSaltBytes = 16;

// Hex of BLAKE2b-256 over "contact-kiosk/push-record/v2" and, each with its length first (8
// bytes, little-endian): uuid, kind, schema (decimal), created_at (wire time), device_id,
// payload (the exact JSON text stored), salt (raw bytes; empty for a plain record).
std::string record_hash_hex(const PushRecord& record, std::string_view payload, std::string_view salt);

struct BatchManifest {
    std::string device_id;
    std::string batch_key;  // base64 of the batch's ephemeral X25519 public key; also its id
    std::optional<std::string> audit_head;
    std::optional<std::string> audit_anchor;
    std::vector<std::string> record_hashes;  // hex, in the batch's order
};

// Compact JSON with sorted keys: {audit_anchor, audit_head, batch_key, device_id, records, v: 2}.
std::string encode_manifest(const BatchManifest& manifest);
// Nothing when the text is not a manifest of that shape.
std::optional<BatchManifest> decode_manifest(std::string_view text);
// What the device signs: "contact-kiosk/push-manifest/v2\n" + the manifest's text.
std::string manifest_signing_bytes(std::string_view manifest_text);
// "ed25519:<base64>" over manifest_signing_bytes.
std::string sign_manifest(std::string_view manifest_text, const std::array<std::uint8_t, 64>& signing_secret);
bool manifest_signature_valid(std::string_view manifest_text, std::string_view signature,
                              const std::vector<std::uint8_t>& device_public_key);

// The device's side of a batch's key agreement: a fresh X25519 key pair, and the key that
// seals every record of the batch to the server.
class BatchSealer {
public:
    explicit BatchSealer(const std::array<std::uint8_t, 32>& server_sealing_public);
    ~BatchSealer();
    BatchSealer(const BatchSealer&) = delete;
    BatchSealer& operator=(const BatchSealer&) = delete;
    const std::string& batch_key() const { return batch_key_; }
    // base64(nonce || XChaCha20-Poly1305(salt || payload, ad = uuid)); `salt` gets the record's
    // fresh random salt (raw bytes).
    std::string seal(std::string_view uuid, std::string_view payload, std::string& salt) const;

private:
    std::array<std::uint8_t, 32> key_{};
    std::string batch_key_;
};

// The server's side: the same key from the batch key and the server's sealing key pair.
class BatchOpener {
public:
    // Nothing when the batch key is not base64 of 32 bytes or the agreement fails.
    static std::optional<BatchOpener> make(std::string_view batch_key, const std::array<std::uint8_t, 32>& server_public,
                                           const std::array<std::uint8_t, 32>& server_secret);
    BatchOpener(const BatchOpener&) = default;
    BatchOpener& operator=(const BatchOpener&) = default;
    ~BatchOpener();
    struct Opened {
        std::string salt;
        std::string payload;
    };
    // Nothing when the text is not such a ciphertext or does not open (another key, another
    // uuid, a changed byte).
    std::optional<Opened> open(std::string_view uuid, std::string_view sealed) const;

private:
    BatchOpener() = default;
    std::array<std::uint8_t, 32> key_{};
};

// Builds one format-2 batch on the sending side (a device, or the hub for its upstream): a
// sealed kind's payload sealed as queued (its encoder's canonical dump; the server refuses that
// record if it is not), a plain one read once and written in canonical form (nlohmann's compact
// dump, keys sorted); each hashed into the manifest; then the manifest signed once. Throws
// ProtocolError when a payload is not a JSON object (nothing added).
class BatchProtector {
public:
    BatchProtector(std::string device_id, const std::array<std::uint8_t, 64>& signing_secret,
                   const std::array<std::uint8_t, 32>& server_sealing_public);
    // `record.payload_json` in, the wire record out (sealed: payload {"schema": N}).
    void protect(PushRecord& record);
    // Forgets the last protected record (it did not fit the batch after all).
    void drop_last();
    BatchSealWire finish(const std::optional<std::string>& audit_head, const std::optional<std::string>& audit_anchor) const;

private:
    std::string device_id_;
    const std::array<std::uint8_t, 64>& signing_secret_;
    BatchSealer sealer_;
    std::vector<std::string> hashes_;
};

// A stored record checked on its own: its hash at `position` of the stored manifest, and the
// manifest's signature by the device's key. Empty when it holds; otherwise why not.
std::string verify_stored_record(const PushRecord& stored, std::string_view payload, std::string_view salt,
                                 std::size_t position, std::string_view manifest_text, std::string_view signature,
                                 const std::vector<std::uint8_t>& device_public_key);

}  // namespace kiosk::sync
