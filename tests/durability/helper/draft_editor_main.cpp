// The crash test's victim: keeps editing one draft through RecordService, each edit its own
// committed transaction, and writes the edit's number to stdout only after the commit
// returned. Whatever it printed before being killed must be in the database afterwards.
//   draft_editor <database> <key file> <record id> <worker id> <first edit number>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "kiosk/app/records/record_service.hpp"
#include "kiosk/app/system_clock.hpp"
#include "kiosk/store/database.hpp"
#include "tests/durability/edit_plan.hpp"

int main(int argc, char** argv) {
    if (argc != 6) {
        std::fprintf(stderr, "usage: draft_editor <database> <key file> <record id> <worker id> <first edit>\n");
        return 2;
    }
    using namespace kiosk;
    const app::SystemClock clock;
    store::Database db = store::Database::open(
        {.database_file = argv[1], .key_file = argv[2], .create_if_missing = false, .now = clock.now(), .migrate = true});
    const core::Id record = std::atoll(argv[3]);
    const core::Id worker = std::atoll(argv[4]);
    app::RecordService records(db, clock);
    for (long edit = std::atol(argv[5]);; ++edit) {
        const std::string text = testing::edit_text(edit);
        if (const auto section = testing::section_edited_by(edit)) {
            records.save_section(record, worker, *section, text);
        } else {
            records.add_timeline_entry(record, worker, "", text);
        }
        // write(2) on a pipe, not stdio: nothing sits in a buffer the kill could lose.
        const std::string ack = std::to_string(edit) + "\n";
        if (write(STDOUT_FILENO, ack.data(), ack.size()) != static_cast<ssize_t>(ack.size())) return 3;
    }
}
