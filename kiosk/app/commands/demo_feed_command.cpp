// contact-kiosk demo-feed --out FILE: the demo dataset as a feed file for a venue hub or the
// social work team's server (`contact-sync-server import`), so a venue of empty devices fills
// from its hub (scripts/run-demo).
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/demo/demo_feed.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/core/calendar.hpp"

namespace kiosk::app {

struct DemoFeedCommandOptions {
    std::string out;
    int families = 12;
    int venue_number = 1;
    std::string date;
    int first_visit_in = -1;  // minutes from now; -1: at 10:00
};

void add_demo_feed_command(CLI::App& cli, CommandResult& result) {
    auto options = std::make_shared<DemoFeedCommandOptions>();
    auto* command = cli.add_subcommand(
        "demo-feed", "Write the demo venue, staff, families and today's bookings as a feed file for a hub to import");
    command->add_option("--out", options->out, "The feed file to write")->required();
    command->add_option("--families", options->families, "Number of families")
        ->check(CLI::Range(1, 10'000))
        ->capture_default_str();
    command->add_option("--venue-number", options->venue_number, "The venue number devices are enrolled for")
        ->check(CLI::Range(1, 1'000'000))
        ->capture_default_str();
    command->add_option("--date", options->date, "The day to seed as today (YYYY-MM-DD, venue time); default: today");
    command->add_option("--first-visit-in", options->first_visit_in,
                        "Today's first visit starts this many minutes from now, the rest spaced as usual "
                        "(default: at 10:00)")
        ->check(CLI::Range(0, 600));
    command->callback([options, &result] {
        const SystemClock clock;
        DemoSeedOptions seed;
        seed.families = options->families;
        seed.days = 0;  // a feed carries families and bookings, not history
        seed.today = clock.now();
        if (!options->date.empty()) {
            if (!core::is_iso_date(options->date)) throw CommandError("--date must be a date like 2026-11-23");
            seed.today = core::local_to_utc(options->date, 12, 0, seed.time_zone);
        }
        if (options->first_visit_in >= 0) {
            if (!options->date.empty()) throw CommandError("--first-visit-in is from now: leave out --date");
            // On a whole minute, as a coordinator books.
            seed.first_visit_at = std::chrono::time_point_cast<std::chrono::minutes>(
                clock.now() + std::chrono::minutes{options->first_visit_in});
        }
        const DemoFeed feed = make_demo_feed(seed, options->venue_number);
        std::ofstream file(options->out, std::ios::trunc);
        file << feed.json;
        if (!file) throw CommandError("cannot write " + options->out);
        std::ostringstream out;
        out << "Wrote " << feed.changes << " changes to " << options->out << "\nToday's visit codes:\n";
        for (const auto& visit : feed.seeded.todays_visits) {
            out << "  " << visit.visit_code << "  " << visit.starts_local << "  " << visit.room << '\n';
        }
        out << "Staff PIN for every demo worker: " << kDemoStaffPin << '\n';
        std::cout << out.str();
        result.exit_code = 0;
    });
}

}  // namespace kiosk::app
