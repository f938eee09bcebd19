#pragma once
// Quick-tap chips: common events a worker records with one tap during contact, each a stable
// key saved in the timeline (translations key on it) and an English label. Some only fit
// some ages. The session-control steps add their own chips ("session_started", ...),
// which chip_label also knows.
#include <span>
#include <string_view>

#include "kiosk/core/record_rules.hpp"

namespace kiosk::core {

struct QuickChip {
    std::string_view key;
    std::string_view label;
    bool baby;
    bool primary;
    bool teenager;
};

// Every chip, in the order the screen lays them out.
std::span<const QuickChip> quick_chips();
// Whether a chip suits a child in this age band.
bool chip_fits(const QuickChip& chip, AgeBand band);
// The label of any chip key, quick or session event; empty for an unknown key.
std::string_view chip_label(std::string_view key);

}  // namespace kiosk::core
