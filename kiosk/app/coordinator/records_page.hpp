#pragma once
// The coordinator's records search (coordinator/records): the child's name and day typed, the
// records found, and the record asked to open.
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/store/record_search_query.hpp"
#include "kiosk/ui/coordinator/records_screen.hpp"

namespace kiosk::app {

class RecordsPage {
public:
    // Built from the records found by the last search, kept in memory: a frame reads no database.
    ui::RecordsSearchView view(const PageEnv& env) const;
    // A record chosen opens it, with Back to this search.
    PageRequest handle(const ui::RecordsSearchIntent& intent, PageEnv& env);
    // Finds the records of the child and day typed in the draft.
    void search(const CoordinatorContext& ctx);
    ui::RecordsSearchDraft& draft() { return draft_; }

private:
    ui::RecordsSearchDraft draft_;
    bool searched_ = false;
    bool bad_day_ = false;
    std::vector<store::RecordFound> found_;
};

}  // namespace kiosk::app
