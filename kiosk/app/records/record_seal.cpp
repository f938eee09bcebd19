#include "kiosk/app/records/record_seal.hpp"

#include "kiosk/core/siblings.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace kiosk::app {
namespace {
class Encoder {
public:
    void field(std::string_view text) {
        number(static_cast<std::int64_t>(text.size()));
        bytes_.insert(bytes_.end(), text.begin(), text.end());
    }
    void number(std::int64_t value) {
        // Fixed 8 bytes, big-endian: the encoding does not depend on the machine.
        const auto v = static_cast<std::uint64_t>(value);
        for (int shift = 56; shift >= 0; shift -= 8) bytes_.push_back(static_cast<std::uint8_t>((v >> shift) & 0xFFu));
    }
    void time(const std::optional<core::Timestamp>& t) { number(t ? core::to_unix(*t) : -1); }
    std::vector<std::uint8_t> take() { return std::move(bytes_); }

private:
    std::vector<std::uint8_t> bytes_;
};
}  // namespace

std::vector<std::uint8_t> canonical_record_bytes(const core::ObservationRecord& r, const core::StaffMember& signer) {
    Encoder e;
    e.field("contact-kiosk/observation-record/v1");
    e.number(r.id);
    e.number(r.session_id);
    e.number(r.author_id);
    e.number(core::to_unix(r.created_at));
    e.number(signer.id);
    e.field(signer.display_name);
    e.time(r.finalized_at);
    e.time(r.due_at);
    e.number(r.late_entry ? 1 : 0);
    e.field(r.use_note);
    // Sections in their fixed writing order, whatever order they were read in.
    for (int s = 0; s <= static_cast<int>(core::RecordSection::Analysis); ++s) {
        const auto section = static_cast<core::RecordSection>(s);
        for (const auto& [which, text] : r.sections) {
            if (which != section) continue;
            e.field(core::to_string(section));
            e.field(text);
        }
    }
    // A sibling session's per-child parts (schema v13), by position then section; a record
    // without siblings encodes exactly as before, so its seal does not change.
    for (int position = 2; position <= core::kMaxChildrenInSession; ++position) {
        for (int s = 0; s <= static_cast<int>(core::RecordSection::Analysis); ++s) {
            for (const auto& part : r.sibling_sections) {
                if (part.position != position || part.section != static_cast<core::RecordSection>(s)) continue;
                e.field(core::sibling_section_key(part.section, part.position));
                e.field(part.text);
            }
        }
    }
    e.number(static_cast<std::int64_t>(r.timeline.size()));
    for (const auto& entry : r.timeline) {
        e.number(entry.id);
        e.number(core::to_unix(entry.at));
        e.field(entry.chip);
        e.field(entry.text);
    }
    return e.take();
}

std::string seal_record(const core::ObservationRecord& record, const core::StaffMember& signer) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    const auto bytes = canonical_record_bytes(record, signer);
    std::array<unsigned char, 32> hash{};
    crypto_generichash(hash.data(), hash.size(), bytes.data(), bytes.size(), nullptr, 0);
    std::array<char, 65> hex{};
    sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
    return "blake2b-256:" + std::string(hex.data());
}

bool seal_matches(const core::ObservationRecord& record, const core::StaffMember& signer) {
    return !record.signature.empty() && record.signature == seal_record(record, signer);
}

}  // namespace kiosk::app
