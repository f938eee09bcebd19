#include "kiosk/core/contact_arrangement.hpp"

#include <algorithm>
#include <array>

#include "kiosk/core/enum_names.hpp"
#include "kiosk/core/text.hpp"

namespace kiosk::core {
namespace {
constexpr EnumNames<ContactMode, 3> kModes{{{
    {ContactMode::Venue, "venue"},
    {ContactMode::Virtual, "virtual"},
    {ContactMode::Community, "community"},
}}};
constexpr EnumNames<CallStarter, 3> kStarters{{{
    {CallStarter::Worker, "worker"},
    {CallStarter::Family, "family"},
    {CallStarter::Carer, "carer"},
}}};
constexpr EnumNames<SupervisedBy, 3> kSupervisors{{{
    {SupervisedBy::ContactWorker, "contact_worker"},
    {SupervisedBy::Carer, "carer"},
    {SupervisedBy::ConsistentAdult, "consistent_adult"},
}}};
constexpr EnumNames<ArrangementProblem, 4> kProblems{{{
    {ArrangementProblem::NoPlatform, "no_platform"},
    {ArrangementProblem::NoPlace, "no_place"},
    {ArrangementProblem::NoSupervisorName, "no_supervisor_name"},
    {ArrangementProblem::TextProblem, "text_problem"},
}}};

struct Platform {
    std::string_view key;
    std::string_view brand;
};
// In the order the seeds' guide lists them after the plain phone call.
constexpr std::array<Platform, 8> kPlatforms{{
    {"phone", ""},
    {"zoom", "Zoom"},
    {"teams", "Teams"},
    {"whatsapp", "WhatsApp"},
    {"facetime", "FaceTime"},
    {"meet", "Meet"},
    {"skype", "Skype"},
    {"duo", "Duo"},
}};
constexpr std::array<std::string_view, 8> kPlatformKeys{"phone", "zoom", "teams", "whatsapp",
                                                        "facetime", "meet", "skype", "duo"};

bool blank(std::string_view text) { return text.find_first_not_of(" \t\n") == std::string_view::npos; }
}  // namespace

std::string_view to_string(ContactMode mode) { return kModes.name(mode); }
std::optional<ContactMode> parse_contact_mode(std::string_view text) { return kModes.parse(text); }
std::string_view to_string(CallStarter starter) { return kStarters.name(starter); }
std::optional<CallStarter> parse_call_starter(std::string_view text) { return kStarters.parse(text); }
std::string_view to_string(SupervisedBy who) { return kSupervisors.name(who); }
std::optional<SupervisedBy> parse_supervised_by(std::string_view text) { return kSupervisors.parse(text); }
std::string_view to_string(ArrangementProblem problem) { return kProblems.name(problem); }

std::span<const std::string_view> call_platforms() { return kPlatformKeys; }

bool is_call_platform(std::string_view key) {
    return std::find(kPlatformKeys.begin(), kPlatformKeys.end(), key) != kPlatformKeys.end();
}

std::string_view platform_brand_name(std::string_view key) {
    for (const auto& p : kPlatforms) {
        if (p.key == key) return p.brand;
    }
    return {};
}

std::vector<ArrangementProblem> check_arrangement(const ContactArrangement& a) {
    std::vector<ArrangementProblem> out;
    if (a.mode == ContactMode::Virtual && !is_call_platform(a.platform)) out.push_back(ArrangementProblem::NoPlatform);
    if (a.mode == ContactMode::Community && blank(a.community_place)) out.push_back(ArrangementProblem::NoPlace);
    if (a.supervised_by == SupervisedBy::ConsistentAdult && blank(a.supervisor_name)) {
        out.push_back(ArrangementProblem::NoSupervisorName);
    }
    if (check_short_text(a.community_place) != TextProblem::None || check_short_text(a.supervisor_name) != TextProblem::None) {
        out.push_back(ArrangementProblem::TextProblem);
    }
    return out;
}

bool checks_in_at_lobby(ContactMode mode) { return mode == ContactMode::Venue; }
bool holds_a_room(ContactMode mode) { return mode == ContactMode::Venue; }

}  // namespace kiosk::core
