#include "sync/server/hub/venue_merge.hpp"

#include <openssl/rand.h>

#include "kiosk/core/merge_rules.hpp"
#include "sync/protocol/venue_entities.hpp"
#include "sync/server/hub/entity_writer.hpp"
#include "sync/server/hub/family_language.hpp"

namespace kiosk::sync::server::hub {
using nlohmann::json;
namespace r = core::replica;
namespace merge = core::merge;

namespace {

// Fields the incoming snapshot lacks (a scoped device never held them) keep what the hub holds.
json overlay(std::optional<json> held, const json& incoming) {
    json out = held.value_or(json::object());
    for (const auto& [name, value] : incoming.items()) out[name] = value;
    return out;
}

std::uint32_t random_below(std::uint32_t bound) {
    std::uint32_t value = 0;
    if (RAND_bytes(reinterpret_cast<unsigned char*>(&value), sizeof value) != 1) throw std::runtime_error("no randomness");
    return bound == 0 ? 0 : value % bound;
}

template <class T>
std::optional<T> held_as(const VenueState& state, std::string_view kind, const std::string& uuid) {
    const auto data = state.data(std::string(kind), uuid);
    if (!data) return std::nullopt;
    return std::get<T>(decode_entity(kind, *data, "held"));
}

// One message's merge, entity kind by entity kind.
class Merger {
public:
    Merger(const VenueState& state, std::string from_device, core::Timestamp now,
           const std::function<std::uint32_t(std::uint32_t)>& uniform)
        : state_(state), from_(std::move(from_device)), now_(now), uniform_(uniform) {}

    std::vector<EntityWrite> take() { return std::move(out_); }

    // Snapshots whose newest version wins (what only a coordinator or the upstream changes).
    template <class T>
    void operator()(const T& entity) {
        const r::Entity e{entity};
        const std::string kind{kind_of(e)};
        write(kind, entity_uuid(e), overlay(state_.data(kind, entity_uuid(e)), to_json(e)));
    }

    // Issue #16, item 10: the child carries the family's language needs, derived from the
    // referrals held here, to the devices that hold no referral (family_language.hpp).
    void operator()(const r::Child& c) {
        json merged = overlay(state_.data("child", c.uuid), to_json(r::Entity{c}));
        if (const auto needs = family_language(state_, c.uuid)) put_family_language(merged, *needs);
        write("child", c.uuid, std::move(merged));
    }
    void operator()(const r::Referral& f) {
        const json merged = overlay(state_.data("referral", f.uuid), to_json(r::Entity{f}));
        write("referral", f.uuid, merged);
        if (auto child = state_.data("child", f.child_uuid)) {
            if (const auto needs = family_language(state_, f.child_uuid, &merged)) put_family_language(*child, *needs);
            write("child", f.child_uuid, std::move(*child));
        }
    }

    void operator()(r::AgreementVersion v) {
        const auto held = held_as<r::AgreementVersion>(state_, "agreement_version", v.uuid);
        std::vector<int> others;
        for (const json& other : state_.find("agreement_version", "agreement_uuid", v.agreement_uuid, 1000)) {
            if (other.value("uuid", "") != v.uuid) others.push_back(other.value("version", 0));
        }
        const int proposed = v.version;
        v.version = merge::allocate_version_number(held ? std::optional<int>{held->version} : std::nullopt, proposed, others);
        snapshot(r::Entity{v}, v.version != proposed ? "version number allocated" : "");
    }

    void operator()(r::Booking b) {
        const auto held = held_as<r::Booking>(state_, "booking", b.uuid);
        const std::string proposed = b.visit_code;
        if (held) {
            const merge::BookingMerge merged = merge::merge_booking(*held, b);
            b = merged.booking;
            if (merged.needs_a_person) raise_arrival_after_close(b.uuid);
        }
        b.visit_code = merge::allocate_visit_code(
            held ? std::optional<std::string>{held->visit_code} : std::nullopt, proposed,
            [&](const std::string& code) {
                for (const json& other : state_.find("booking", "visit_code", code, 2)) {
                    if (other.value("uuid", "") != b.uuid) return true;
                }
                return false;
            },
            uniform_);
        snapshot(r::Entity{b}, b.visit_code != proposed ? "visit code allocated" : "");
    }

    void operator()(const r::AlertAcknowledgement& a) {
        const auto held = held_as<r::AlertAcknowledgement>(state_, "alert_acknowledgement", a.alert_uuid);
        if (held) return;  // the first to reach the hub wins
        const auto kept = merge::merge_acknowledgement(held, a, merge::Side::Hub);
        if (kept) snapshot(r::Entity{*kept});
    }

    void operator()(r::Staff s) {
        if (const auto held = held_as<r::Staff>(state_, "staff", s.uuid)) s = merge::merge_staff_profile(*held, s);
        snapshot(r::Entity{s});
    }

    void operator()(r::RecordDraft d) {
        // A draft that became final stays final.
        if (state_.data("observation_record", d.uuid)) return;
        if (const auto held = held_as<r::RecordDraft>(state_, "record_draft", d.uuid)) {
            if (!merge::accepts_draft_from({held->holder_uuid, held->owner_device}, from_, d.holder_uuid)) return;
        }
        if (!from_.empty()) d.owner_device = from_;  // the device that writes it claims it
        draft(d, "");
    }

    void operator()(const r::RecordHandover& h) {
        if (!append_only(r::Entity{h})) return;
        auto held = held_as<r::RecordDraft>(state_, "record_draft", h.record_uuid);
        if (!held || state_.data("observation_record", h.record_uuid)) return;
        const merge::DraftOwner moved = merge::after_handover({held->holder_uuid, held->owner_device}, h.to_staff_uuid);
        held->holder_uuid = moved.holder_uuid;
        held->owner_device = moved.owner_device;
        draft(*held, "draft handed over");
    }

    void operator()(const r::CheckIn& c) {
        std::optional<std::string> held;
        for (const json& other : state_.find("check_in", "session_uuid", c.session_uuid, 100)) {
            if (other.value("adult_uuid", "") == c.adult_uuid) held = other.value("uuid", "");
        }
        if (merge::merge_check_in(held, c.uuid) != merge::AppendDecision::Insert) return;
        snapshot(r::Entity{c});
        // An arrival that meets a session closed as missed goes to a person, never silently.
        if (const auto session = held_as<r::Booking>(state_, "booking", c.session_uuid)) {
            if (session->state == core::SessionState::NoShow || session->state == core::SessionState::Cancelled) {
                raise_arrival_after_close(c.session_uuid);
            }
        }
    }

    void operator()(const r::Review& v) {
        std::optional<std::string> held;
        for (const json& other : state_.find("record_review", "record_uuid", v.record_uuid, 1)) {
            held = other.value("uuid", "");
        }
        if (merge::merge_review(held, v.uuid) == merge::AppendDecision::Insert) snapshot(r::Entity{v});
    }

    // A final record and its addenda belong to the tablet that wrote them (and to coordinators);
    // so does its draft from then on, even one that was handed over and left unclaimed.
    void operator()(const r::FinalRecord& f) {
        if (!append_only(r::Entity{f}, from_)) return;
        if (const auto held = held_as<r::RecordDraft>(state_, "record_draft", f.uuid); held && !from_.empty()) {
            write("record_draft", f.uuid, to_json(r::Entity{*held}), {}, from_);
        }
    }
    void operator()(const r::Addendum& a) { append_only(r::Entity{a}, from_); }
    void operator()(const r::Concern& c) { append_only(r::Entity{c}); }
    void operator()(const r::Alert& a) { append_only(r::Entity{a}); }
    void operator()(const r::Feedback& f) { append_only(r::Entity{f}); }
    void operator()(const r::ComfortCallRecord& c) { append_only(r::Entity{c}); }
    void operator()(const r::IcebreakerRecord& i) { append_only(r::Entity{i}); }
    void operator()(const r::MissedSessionNotice& n) { append_only(r::Entity{n}); }
    // Issue #16: records kept once as they came; an arrangement is a snapshot (the template above).
    void operator()(const r::LifeStoryNote& n) { append_only(r::Entity{n}); }
    // A waiting item (a journal snapshot) then its decision (the record); the first decision the
    // hub accepted stands. A second decision of the same item never gets here: it is the same
    // message UUID (the item's) with other content, which the store refused.
    void operator()(const r::LetterboxItem& i) {
        const auto held = held_as<r::LetterboxItem>(state_, "letterbox_item", i.uuid);
        const auto as_held = !held ? merge::LetterboxHeld::None
                             : held->decision == core::LetterboxDecision::Waiting ? merge::LetterboxHeld::Waiting
                                                                                  : merge::LetterboxHeld::Decided;
        if (merge::merge_letterbox_item(as_held, i.decision != core::LetterboxDecision::Waiting, merge::Side::Hub) ==
            merge::AppendDecision::Insert) {
            write("letterbox_item", i.uuid, to_json(r::Entity{i}));
        }
    }
    // Issue #16, item 2: who joined, left or dropped off a call, kept once as it came.
    void operator()(const r::CallEvent& e) { append_only(r::Entity{e}); }
    // The coordinator's week (issue #15): notices with a reason, kept as they came. The session's
    // and the referral's own state travel in their snapshots.
    void operator()(const r::SessionChange& c) { append_only(r::Entity{c}); }
    void operator()(const r::ReferralClosure& c) { append_only(r::Entity{c}); }
    // A resolved case flag stays resolved: a late copy of it open changes nothing.
    void operator()(const r::CaseFlag& f) {
        if (const auto held = held_as<r::CaseFlag>(state_, "case_flag", f.uuid); held && held->resolved_at) return;
        snapshot(r::Entity{f});
    }
    // Receipts are the hub's own; the server refuses them from devices (payload_schema.cpp).
    void operator()(const r::Receipt&) {}

private:
    void write(const std::string& kind, const std::string& uuid, json data, const std::string& audit = {},
               std::optional<std::string> audience = std::nullopt) {
        out_.push_back(EntityWrite{.kind = kind, .key = uuid, .data = std::move(data), .audience = std::move(audience),
                                   .audit_action = audit});
    }

    void snapshot(const r::Entity& e, const std::string& audit = {}) {
        const std::string kind{kind_of(e)};
        write(kind, entity_uuid(e), overlay(state_.data(kind, entity_uuid(e)), to_json(e)), audit);
    }

    bool append_only(const r::Entity& e, std::optional<std::string> audience = std::nullopt) {
        const std::string kind{kind_of(e)};
        if (merge::merge_append_only(state_.data(kind, entity_uuid(e)).has_value()) != merge::AppendDecision::Insert) {
            return false;
        }
        if (audience && audience->empty()) audience.reset();
        write(kind, entity_uuid(e), to_json(e), {}, std::move(audience));
        return true;
    }

    // Addressed to the device that owns it; an unclaimed draft to every tablet.
    void draft(const r::RecordDraft& d, const std::string& audit) {
        write("record_draft", d.uuid, to_json(r::Entity{d}), audit,
              d.owner_device.empty() ? std::nullopt : std::optional<std::string>{d.owner_device});
    }

    void raise_arrival_after_close(const std::string& session_uuid) {
        const r::Alert alert{.uuid = new_uuid(), .kind = core::AlertKind::ArrivalAfterClose,
                             .session_uuid = session_uuid, .raised_at = now_,
                             .detail = "Someone arrived for a session that was closed as missed or cancelled"};
        write("alert", alert.uuid, to_json(r::Entity{alert}), "alert raised: arrival after close");
    }

    const VenueState& state_;
    std::string from_;
    core::Timestamp now_;
    const std::function<std::uint32_t(std::uint32_t)>& uniform_;
    std::vector<EntityWrite> out_;
};

core::Timestamp system_now() { return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()); }

}  // namespace

VenueMerge::VenueMerge() : VenueMerge(system_now, random_below) {}

VenueMerge::VenueMerge(std::function<core::Timestamp()> now, std::function<std::uint32_t(std::uint32_t)> uniform)
    : now_(std::move(now)), uniform_(std::move(uniform)) {}

std::vector<EntityWrite> VenueMerge::apply_message(const StoredMessage& m, const VenueState& state) {
    const json payload = json::parse(m.payload);
    // A schema-1 record (queued by a device before its upgrade) names rows by integer id: it
    // goes upstream as it is, but means nothing to the venue's state.
    if (!payload.is_object() || payload.value("schema", 1) != kVenuePayloadSchema) return {};
    Merger merger(state, m.device_id, now_(), uniform_);
    std::visit(merger, decode_entity(m.kind, payload, "pushed"));
    return merger.take();
}

// A letterbox item still waiting for a worker is the venue's business: the social work team
// receives the item once it is decided, as the `letterbox_item` record.
bool VenueMerge::goes_upstream(const StoredMessage& m) const {
    if (m.kind != "letterbox_item") return true;
    const json payload = json::parse(m.payload, nullptr, false);
    return !payload.is_object() || payload.value("decision", "") != "waiting";
}

std::vector<EntityWrite> VenueMerge::apply_upstream(const json& change, const VenueState& state) {
    Merger merger(state, "", now_(), uniform_);
    std::visit(merger, decode_entity(change.at("kind").get<std::string>(), change.at("data"), "pulled"));
    return merger.take();
}

}  // namespace kiosk::sync::server::hub
