#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <sstream>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/demo/demo_seed.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/core/calendar.hpp"
#include "kiosk/store/store_error.hpp"

namespace kiosk::app {

struct DemoSeedCommandOptions {
    std::string database_file;
    int families = 12;
    int days = 70;
    std::uint64_t seed = 1;
    std::string date;
};

void add_demo_seed_command(CLI::App& cli, CommandResult& result) {
    auto options = std::make_shared<DemoSeedCommandOptions>();
    auto* command = cli.add_subcommand(
        "demo-seed", "Write a deterministic fictional dataset into a new database and print today's visit codes");
    command->add_option("--db", options->database_file, "Database file to create (its key goes in keys/ beside it)")
        ->required();
    command->add_option("--families", options->families, "Number of families")
        ->check(CLI::Range(1, 1'000'000))
        ->capture_default_str();
    command->add_option("--days", options->days, "Days of history before today (one session a week)")
        ->check(CLI::Range(0, 3650))
        ->capture_default_str();
    command->add_option("--seed", options->seed, "Seed of the generator")->capture_default_str();
    command->add_option("--date", options->date, "The day to seed as today (YYYY-MM-DD, venue time); default: today");
    command->callback([options, &result] {
        const SystemClock clock;
        DemoSeedOptions seed;
        seed.families = options->families;
        seed.days = options->days;
        seed.seed = options->seed;
        seed.today = clock.now();
        if (!options->date.empty()) {
            if (!core::is_iso_date(options->date)) throw CommandError("--date must be a date like 2026-11-23");
            seed.today = core::local_to_utc(options->date, 12, 0, seed.time_zone);
        }
        Config config = demo_config(".");
        config.database_file = options->database_file;
        config.key_file = key_file_for(config.database_file);
        store::Database db = open_store(config, clock.now());
        DemoSeedResult seeded;
        try {
            seeded = seed_demo(db, seed);
        } catch (const store::StoreError& error) {
            throw CommandError(error.what());
        }
        std::ostringstream out;
        out << "Seeded " << options->families << " families and " << seeded.sessions << " sessions into "
            << options->database_file << "\nToday's visit codes:\n";
        for (const auto& visit : seeded.todays_visits) {
            out << "  " << visit.visit_code << "  " << visit.starts_local << "  " << visit.room << '\n';
        }
        out << "Staff PIN for every demo worker: " << kDemoStaffPin << '\n';
        std::cout << out.str();
        result.exit_code = 0;
    });
}

}  // namespace kiosk::app
