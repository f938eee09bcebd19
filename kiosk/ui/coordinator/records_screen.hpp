#pragma once
// coordinator/records: find a past observation record by the child's first name and the day
// of the session, then open it to read, review or add an addendum.
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/ids.hpp"
#include "kiosk/ui/coordinator/coordinator_frame.hpp"

namespace kiosk::ui {

struct RecordsSearchDraft {
    std::string child;
    std::string day;  // YYYY-MM-DD, or empty for any day
};

struct FoundRecordRow {
    core::Id record_id = 0;
    std::string child;
    std::string session;  // "Mon 16 Nov 10:00"
    std::string author;
    std::string state;    // "Final · reviewed", "Draft"
};

struct RecordsSearchView {
    CoordinatorFrameView frame;
    bool searched = false;
    std::vector<FoundRecordRow> rows;
    std::string problem;
};

struct FindRecords {};
struct OpenFoundRecord { core::Id record_id = 0; };
using RecordsSearchIntent = std::variant<std::monostate, CoordinatorTab, FindRecords, OpenFoundRecord>;

RecordsSearchIntent draw_records_screen(const RecordsSearchView& view, RecordsSearchDraft& draft, const UiResources& ui);

}  // namespace kiosk::ui
