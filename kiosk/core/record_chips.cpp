#include "kiosk/core/record_chips.hpp"

#include <array>

namespace kiosk::core {
namespace {
constexpr std::array<QuickChip, 16> kChips{{
    {"greeting_hug", "Greeted with a hug", true, true, true},
    {"greeting_words", "Greeted with words", false, true, true},
    {"feeding", "Feed given", true, false, false},
    {"nappy_change", "Nappy changed", true, false, false},
    {"soothing", "Parent soothed the child", true, true, false},
    {"play_together", "Played together", true, true, true},
    {"book_read", "Read a book together", true, true, false},
    {"snack", "Snack shared", false, true, true},
    {"praise", "Parent praised the child", true, true, true},
    {"boundary_set", "Parent set a boundary", false, true, true},
    {"child_upset", "Child cried or was upset", true, true, true},
    {"toilet_break", "Toilet break", false, true, true},
    {"gift_shown", "Gift shown to staff", true, true, true},
    {"phone_use", "Phone used", false, true, true},
    {"guidance_given", "Worker gave guidance", true, true, true},
    {"goodbye", "Said goodbye", true, true, true},
}};

struct EventChip {
    std::string_view key;
    std::string_view label;
};
constexpr std::array<EventChip, 18> kEventChips{{
    {"sibling_arrived", "Sibling arrived"},
    {"call_family_joined", "Family joined the call"},
    {"call_family_left", "Family left the call"},
    {"call_family_dropped", "Family's call dropped"},
    {"call_child_joined", "Child joined the call"},
    {"call_child_left", "Child left the call"},
    {"call_child_dropped", "Child's call dropped"},
    {"call_carer_joined", "Carer joined the call"},
    {"call_carer_left", "Carer left the call"},
    {"call_carer_dropped", "Carer's call dropped"},
    {"child_arrived", "Child arrived"},
    {"parent_arrived", "Parent arrived"},
    {"parent_through", "Parent brought through"},
    {"session_started", "Session started"},
    {"session_ended", "Session ended"},
    {"session_ended_early", "Session ended early"},
    {"safeguarding_concern", "Safeguarding concern raised"},
    {"note", "Note"},
}};
}  // namespace

std::span<const QuickChip> quick_chips() { return kChips; }

bool chip_fits(const QuickChip& chip, AgeBand band) {
    switch (band) {
        case AgeBand::Baby: return chip.baby;
        case AgeBand::Primary: return chip.primary;
        case AgeBand::Teenager: return chip.teenager;
    }
    return false;
}

std::string_view chip_label(std::string_view key) {
    for (const auto& chip : kChips) {
        if (chip.key == key) return chip.label;
    }
    for (const auto& chip : kEventChips) {
        if (chip.key == key) return chip.label;
    }
    return {};
}

}  // namespace kiosk::core
