#include "kiosk/core/worker_choice.hpp"

#include <algorithm>

namespace kiosk::core {

Id preferred_worker(const std::vector<PastSession>& history, const std::vector<Id>& available) {
    std::vector<PastSession> met = history;
    std::erase_if(met, [](const PastSession& s) {
        return s.worker_id == 0 || s.state == SessionState::Cancelled || s.state == SessionState::NoShow ||
               s.state == SessionState::Booked;
    });
    // Newest first; equal times keep their given order.
    std::stable_sort(met.begin(), met.end(), [](const PastSession& a, const PastSession& b) { return a.starts_at > b.starts_at; });
    for (const PastSession& s : met) {
        if (std::find(available.begin(), available.end(), s.worker_id) != available.end()) return s.worker_id;
    }
    return 0;
}

}  // namespace kiosk::core
