#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "kiosk/app/command_error.hpp"
#include "kiosk/app/commands/commands.hpp"
#include "kiosk/app/open_store.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/store/outbox_repository.hpp"
#include "kiosk/store/replication_journal.hpp"
#include "kiosk/store/write_transaction.hpp"

namespace kiosk::app {

// The audit actor of a person at the command line (actors are ids, never names).
constexpr const char* kOperator = "operator";

void add_outbox_command(CLI::App& cli, CommandResult& result) {
    auto* outbox = cli.add_subcommand("outbox", "Records waiting for, or refused by, the sync server");
    outbox->require_subcommand(1);

    auto list_config = std::make_shared<std::string>();
    auto* list = outbox->add_subcommand(
        "rejected", "List the records and venue snapshots the server rejected, with its reasons");
    list->add_option("--config", *list_config, "Configuration file (TOML)")->check(CLI::ExistingFile);
    list->callback([list_config, &result] {
        const SystemClock clock;
        store::Database db = open_store(resolve_config(*list_config), clock.now(), false);
        for (const auto& r : store::OutboxRepository(db).rejected()) {
            std::cout << r.uuid << ' ' << r.kind << ": " << r.reason << '\n';
        }
        for (const auto& r : store::ReplicationJournal(db).refused()) {
            std::cout << r.message_uuid << ' ' << r.kind << " (snapshot): " << r.reason << '\n';
        }
        result.exit_code = 0;
    });

    auto config_file = std::make_shared<std::string>();
    auto uuids = std::make_shared<std::vector<std::string>>();
    auto all = std::make_shared<bool>(false);
    auto* requeue = outbox->add_subcommand(
        "requeue",
        "Put records and venue snapshots the server rejected back in the queue for the next sync (written to the audit chain)");
    requeue->add_option("--uuid", *uuids, "A rejected record's uuid (repeat for more)");
    requeue->add_flag("--all", *all, "Every rejected record");
    requeue->add_option("--config", *config_file, "Configuration file (TOML)")->check(CLI::ExistingFile);
    requeue->callback([config_file, uuids, all, &result] {
        if (*all == !uuids->empty()) throw CommandError("say which records: --all, or --uuid for each");
        const SystemClock clock;
        store::Database db = open_store(resolve_config(*config_file), clock.now(), false);
        store::WriteTransaction tx(db, kOperator, clock.now());
        const std::int64_t n = store::OutboxRepository(db).requeue_rejected(tx, *uuids) +
                               store::ReplicationJournal(db).requeue_refused(tx, *uuids);
        if (n > 0) tx.commit();
        std::cout << "requeued " << n << (n == 1 ? " record" : " records") << '\n';
        if (!*all && n < static_cast<std::int64_t>(uuids->size())) {
            throw CommandError("some of the uuids given are not rejected records of this device");
        }
        result.exit_code = 0;
    });
}

}  // namespace kiosk::app
