#include "kiosk/app/demo/demo_feed.hpp"

#include <stdlib.h>

#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>

#include "kiosk/store/database.hpp"
#include "kiosk/store/replica_reader.hpp"
#include "sync/protocol/venue_entities.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A folder of its own for the scratch database, removed however the function ends.
class ScratchFolder {
public:
    ScratchFolder() {
        std::string pattern = (fs::temp_directory_path() / "contact-kiosk-feed-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot make a scratch folder");
        path_ = pattern;
    }
    ~ScratchFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

std::vector<core::Id> ids_of(store::Database& db, const std::string& table) {
    std::vector<core::Id> out;
    auto q = db.cached("SELECT id FROM " + table + " ORDER BY id");
    while (q.step()) out.push_back(q.int64(0));
    return out;
}

}  // namespace

DemoFeed make_demo_feed(const DemoSeedOptions& options, int venue_number) {
    const ScratchFolder scratch;
    store::Database db = store::Database::open(
        {.database_file = scratch.path() / "seed.db", .key_file = scratch.path() / "keys/seed.key",
         .create_if_missing = true, .now = options.today, .migrate = true});
    DemoFeed feed;
    feed.seeded = seed_demo(db, options);
    store::ReplicaReader read(db);
    json changes = json::array();
    const auto add = [&](const auto& entity) {
        if (!entity) return;
        const core::replica::Entity e{*entity};
        changes.push_back({{"kind", sync::kind_of(e)}, {"data", sync::to_json(e)}});
    };
    // Parents before what refers to them, as the feed must send them.
    // The demo's own venue is the one devices are enrolled for; another (the demo's "code for
    // another centre") gets the next number.
    int number = venue_number;
    for (const core::Id id : ids_of(db, "venues")) {
        auto venue = read.venue(id);
        if (venue) venue->number = number++;
        add(venue);
    }
    for (const core::Id id : ids_of(db, "rooms")) add(read.room(id));
    for (const core::Id id : ids_of(db, "staff")) add(read.staff(id));
    for (const core::Id id : ids_of(db, "children")) add(read.child(id));
    for (const core::Id id : ids_of(db, "family_adults")) add(read.adult(id));
    for (const core::Id id : ids_of(db, "referrals")) add(read.referral(id));
    for (const core::Id id : ids_of(db, "risk_assessments")) add(read.risk_assessment(id));
    for (const core::Id id : ids_of(db, "agreements")) add(read.agreement(id));
    for (const core::Id id : ids_of(db, "agreement_versions")) add(read.agreement_version(id));
    for (const core::Id id : ids_of(db, "placements")) add(read.placement(id));
    for (const core::Id id : ids_of(db, "sessions")) add(read.booking(id));
    feed.changes = static_cast<int>(changes.size());
    feed.json = json{{"changes", changes}}.dump();
    return feed;
}

}  // namespace kiosk::app
