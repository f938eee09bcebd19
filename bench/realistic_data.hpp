#pragma once
// Data shaped like what a venue really sends, for every benchmark that moves or stores records:
// observation records of about 1.5 KB of varied words in all ten sections (English, Spanish and
// Polish, as the workers of an English, a Spanish and a Polish venue write them), safeguarding
// concerns, check-ins (some with a finger signature) and feedback, each encoded by the product's
// own payload encoders, so the server validates them as it would a tablet's. Deterministic: the
// same seed gives the same bytes on every run. Repeated sentences are rare enough that gzip
// squeezes a batch about as much as it squeezes real records (the benchmarks print the ratio).
#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <string_view>

#include "kiosk/core/check_in.hpp"
#include "kiosk/core/observation_record.hpp"
#include "kiosk/core/safeguarding.hpp"
#include "kiosk/core/time.hpp"

namespace kiosk::store {
class Database;
}

namespace kiosk::bench {

enum class Language { English, Spanish, Polish };
std::string_view to_string(Language language);

class RealisticData {
public:
    explicit RealisticData(std::uint64_t seed = 20261123);

    // A final record of a session that started at `start`, written in `language`.
    core::ObservationRecord observation_record(core::Id session_id, core::Timestamp start, Language language);
    core::Concern concern(core::Id session_id, core::Timestamp at, Language language);
    core::CheckIn check_in(core::Id session_id, core::Id adult_id, core::Timestamp at, bool first_visit_of_version);
    core::Feedback feedback(core::Id session_id, core::Timestamp at, Language language);
    // English most of the time, as at an English venue with Spanish- and Polish-speaking staff.
    Language pick_language();

private:
    std::string pick(std::span<const std::string_view> options);
    std::string fill(std::string_view pattern);
    int between(int low, int high);

    std::mt19937_64 rng_;
    // The people of the record being written (slots {child}, {adult}, {rel}, {carer}, {worker}).
    std::string child_, adult_, relationship_, carer_, worker_;
    core::Timestamp start_{};
};

// What one simulated day queues on a device.
struct OutboxMix {
    int observation_records = 0;
    int concerns = 0;
    int check_ins = 0;
    int feedback = 0;
    int total() const { return observation_records + concerns + check_ins + feedback; }
};

// A venue's day with `sessions` sessions: one final record each, two check-ins, feedback after a
// third of them and a concern after one in forty.
OutboxMix day_mix(int sessions);

struct QueuedBytes {
    std::size_t records = 0;
    std::size_t payload_bytes = 0;
};

// Queues the mix in the device's outbox (one transaction, as a day's work would have queued it
// piece by piece), with the payloads the product's own encoders make.
QueuedBytes queue_realistic_outbox(store::Database& db, RealisticData& data, const OutboxMix& mix,
                                   core::Timestamp day_start);

}  // namespace kiosk::bench
