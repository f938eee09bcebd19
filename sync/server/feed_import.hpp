#pragma once
// The receiver's pull feed as `import` builds it, the same for every storage backend
// (docs/sync-api.md, "Which venue a change belongs to"). Entities are named by UUID; a venue
// is the number devices are enrolled for, derived, never guessed:
//   venue            its number
//   room             the venue its venue_uuid names
//   booking          the venue of its room
//   staff            every venue (the authority's staff list)
//   child, adult, referral, risk_assessment, agreement, agreement_version, placement: the
//     family's venues, i.e. every venue a referral names (venue_uuid), or a room of one of its
//     agreement versions or bookings is at.
// A family linked to a venue by a later import is sent to that venue then, with its earlier
// rows first; a family no venue is linked to yet is held until one is.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace kiosk::sync::server {

// Feed rows for every venue are kept under this venue number.
inline constexpr std::int64_t kEveryVenue = 0;

struct ParsedChange {
    std::string kind;
    std::string uuid;
    nlohmann::json data;
    std::string body;  // the change as it is served: {"kind":...,"data":{...}}
};

// Every change of a feed file checked; throws ProtocolError naming the first fault.
std::vector<ParsedChange> parse_feed_file(const std::string& feed_json);

// The feed's tables, inside the backend's one import transaction.
class FeedWriter {
public:
    virtual ~FeedWriter() = default;
    virtual std::optional<std::int64_t> venue_of(std::string_view kind, const std::string& uuid) = 0;
    virtual std::optional<std::string> child_of(std::string_view kind, const std::string& uuid) = 0;
    // The newest body of an entity and what places it; an entity keeps its first place in order.
    virtual void remember(std::string_view kind, const std::string& uuid, const std::optional<std::string>& child,
                          std::optional<std::int64_t> venue, const std::string& body) = 0;
    // True when the family was not at this venue before.
    virtual bool link(const std::string& child, std::int64_t venue) = 0;
    virtual std::vector<std::int64_t> venues_of(const std::string& child) = 0;
    // Appends a change to a venue's feed, after every change appended before.
    virtual void emit(std::int64_t venue, std::string_view kind, const std::string& uuid, const std::string& body) = 0;
    // The family's remembered rows of one kind, in the order first remembered: (uuid, body).
    virtual std::vector<std::pair<std::string, std::string>> family_rows(const std::string& child,
                                                                         std::string_view kind) = 0;
};

// Places every change and appends it to the feed of each venue it belongs to. Returns how many
// changes the file held.
std::size_t import_changes(const std::vector<ParsedChange>& changes, FeedWriter& writer);

}  // namespace kiosk::sync::server
