#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/store/database_maintenance.hpp"
#include "kiosk/store/store_error.hpp"

namespace kiosk::app {

namespace {
struct DbOptions {
    std::string config_file;
    std::string out;
};

template <class Action>
void with_store(const DbOptions& options, Action&& action) {
    const Config config = resolve_config(options.config_file);
    const SystemClock clock;
    store::Database db = open_store(config, clock.now(), false);
    try {
        action(config, db);
    } catch (const store::StoreError& error) {
        throw CommandError(error.what());
    }
}
}  // namespace

void add_db_command(CLI::App& cli, CommandResult& result) {
    auto options = std::make_shared<DbOptions>();
    auto* db_cmd = cli.add_subcommand("db", "Look after the encrypted database: check, change the key, back up");
    db_cmd->require_subcommand(1);
    const auto add_config = [&](CLI::App* sub) {
        sub->add_option("--config", options->config_file, "Configuration file (TOML)")->check(CLI::ExistingFile);
    };

    // A device of a venue with a hub starts empty and fills from the hub (docs/sync-api.md, "The
    // venue"); `sync` and `doctor` open only a database that is there.
    auto* init = db_cmd->add_subcommand("init", "Create an empty database and its key (a device that fills from its hub)");
    add_config(init);
    init->callback([options, &result] {
        const Config config = resolve_config(options->config_file);
        if (std::filesystem::exists(config.database_file)) {
            throw CommandError("the database " + config.database_file.string() + " is already there");
        }
        const SystemClock clock;
        try {
            (void)open_store(config, clock.now(), true);
        } catch (const store::StoreError& error) {
            throw CommandError(error.what());
        }
        std::cout << "created " << config.database_file.string() << '\n';
        result.exit_code = 0;
    });

    auto* check = db_cmd->add_subcommand("check", "Check every page's HMAC, the cipher settings and the schema");
    add_config(check);
    check->callback([options, &result] {
        with_store(*options, [&](const Config&, store::Database& db) {
            auto problems = store::cipher_settings_problems(db);
            const auto damaged_pages = store::cipher_integrity_problems(db);
            for (const auto& page : damaged_pages) {
                problems.push_back("the file is damaged or was changed outside Contact Kiosk: " + page);
            }
            // SQLite's own check only adds noise about pages the HMAC check already named.
            if (damaged_pages.empty()) {
                const std::string integrity = db.integrity_check();
                if (integrity != "ok") problems.push_back(integrity.substr(0, integrity.find('\n')));
            }
            for (const auto& problem : problems) std::cerr << "contact-kiosk: " << problem << '\n';
            if (problems.empty()) std::cout << "database ok\n";
            result.exit_code = problems.empty() ? 0 : 1;
        });
    });

    auto* rekey = db_cmd->add_subcommand("rekey", "Re-encrypt the database under a new random key");
    add_config(rekey);
    rekey->callback([options, &result] {
        with_store(*options, [&](const Config& config, store::Database& db) {
            store::rekey(db, config.key_file);
            std::cout << "the database has a new key in " << config.key_file.string() << '\n';
            result.exit_code = 0;
        });
    });

    auto* backup = db_cmd->add_subcommand("backup", "Write an encrypted copy that the same key opens");
    backup->add_option("--out", options->out, "The copy to write (must not exist)")->required();
    add_config(backup);
    backup->callback([options, &result] {
        with_store(*options, [&](const Config& config, store::Database& db) {
            store::backup(db, config.key_file, options->out);
            std::cout << "encrypted backup written to " << options->out << '\n';
            result.exit_code = 0;
        });
    });
}

}  // namespace kiosk::app
