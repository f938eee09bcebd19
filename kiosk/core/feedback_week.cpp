#include "kiosk/core/feedback_week.hpp"

#include <algorithm>
#include <numeric>

#include "kiosk/core/calendar.hpp"

namespace kiosk::core {

std::string week_of(Timestamp t, const std::string& time_zone) {
    const std::string day = local_date(t, time_zone);
    return add_days(day, -date_parts(day).weekday);
}

Timestamp week_start(const std::string& monday, const std::string& time_zone) {
    return local_to_utc(monday, 0, 0, time_zone);
}

int FaceTally::given() const { return std::accumulate(faces.begin(), faces.end(), 0); }

int FaceTally::most() const { return *std::max_element(faces.begin(), faces.end()); }

int FaceTally::mean_tenths() const {
    const int n = given();
    if (n == 0) return 0;
    int sum = 0;
    for (std::size_t i = 0; i < faces.size(); ++i) sum += faces[i] * static_cast<int>(i + 1);
    return (sum * 10 + n / 2) / n;  // rounded half up
}

FaceTally tally_faces(const std::vector<int>& faces) {
    FaceTally t;
    for (const int face : faces) {
        if (face >= 1 && face <= 5) {
            ++t.faces[static_cast<std::size_t>(face - 1)];
        } else {
            ++t.not_given;
        }
    }
    return t;
}

}  // namespace kiosk::core
