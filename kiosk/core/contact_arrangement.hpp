#pragma once
// How contact happens, beyond a supervised visit at the venue (issue #16, items 2 and 5):
// a video or phone call on a named platform, contact in the community (a park, a café), and
// who supervises it (a contact worker, the child's carer, or a consistent adult). The practice
// documents: "supervised wherever possible by the child's carer or consistent adult", and the
// comfort-call guide's platforms, which the comfort call and the agreement share.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

enum class ContactMode { Venue, Virtual, Community };
std::string_view to_string(ContactMode mode);
std::optional<ContactMode> parse_contact_mode(std::string_view text);

// Who starts a call at the agreed time.
enum class CallStarter { Worker, Family, Carer };
std::string_view to_string(CallStarter starter);
std::optional<CallStarter> parse_call_starter(std::string_view text);

enum class SupervisedBy { ContactWorker, Carer, ConsistentAdult };
std::string_view to_string(SupervisedBy who);
std::optional<SupervisedBy> parse_supervised_by(std::string_view text);

// The platforms a call can be made on: a plain phone call, then the seeds' list (Zoom, Teams,
// WhatsApp, FaceTime, Meet, Skype, Duo). Stable keys; the comfort call offers the same list.
std::span<const std::string_view> call_platforms();
bool is_call_platform(std::string_view key);
// The name a person reads: a brand's own name, or "" for "phone" (translated by the screen).
std::string_view platform_brand_name(std::string_view key);

struct ContactArrangement {
    ContactMode mode = ContactMode::Venue;
    std::string platform;  // a call_platforms() key, for a virtual session
    CallStarter call_started_by = CallStarter::Worker;
    std::string community_place;  // "Riverside Park café", for contact in the community
    SupervisedBy supervised_by = SupervisedBy::ContactWorker;
    std::string supervisor_name;  // the consistent adult's first name (never the carer's surname)
};

enum class ArrangementProblem {
    NoPlatform,         // a call needs one of the platforms
    NoPlace,            // contact in the community names where
    NoSupervisorName,   // a consistent adult is named
    TextProblem,
};
std::string_view to_string(ArrangementProblem problem);
std::vector<ArrangementProblem> check_arrangement(const ContactArrangement& arrangement);

// Only a visit at the venue is checked in at the lobby with a visit code: a call needs none, and
// contact in the community never passes the lobby (the record is kept all the same).
bool checks_in_at_lobby(ContactMode mode);
// A room at the venue is held only for a visit there (a call is made from the worker's own
// place; community contact is elsewhere), so only a venue session can clash over a room.
bool holds_a_room(ContactMode mode);

}  // namespace kiosk::core
