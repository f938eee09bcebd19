#pragma once
// coordinator/agreement: the contact agreement editor for the chosen referral. Its draft comes
// from the current version (or the defaults) when the page opens; saving makes a new version.
#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/app/coordinator/coordinator_page.hpp"
#include "kiosk/core/agreement.hpp"
#include "kiosk/core/family.hpp"
#include "kiosk/ui/coordinator/agreement_screen.hpp"

namespace kiosk::app {

class AgreementPage {
public:
    void open(const CoordinatorContext& ctx, core::Id referral);
    const ui::AgreementEditorView& view(const PageEnv& env) const;
    PageRequest handle(const ui::AgreementEditorIntent& intent, PageEnv& env);
    ui::AgreementDraft& draft() { return draft_; }
    // The family's page as last exported (tests read it).
    const std::string& last_export() const { return last_export_; }
    std::uint64_t views_built() const { return model_.builds(); }

private:
    ui::AgreementEditorView build_view(const PageEnv& env) const;
    void load_arrangement_and_siblings(const CoordinatorContext& ctx, const core::AgreementVersion& version, core::Id child);
    void save_arrangement_and_siblings(core::AgreementVersion& version) const;
    void add_own_rule(PageEnv& env);
    void save(PageEnv& env);
    void export_for_family(PageEnv& env);

    core::Id referral_ = 0;
    ui::AgreementDraft draft_;
    std::vector<core::Child> possible_siblings_;  // read when the page opens (issue #16)
    std::string last_export_;
    // The view reads nothing of the draft: the ui draws the draft itself.
    struct BuiltFor {
        std::string language;
        core::Id referral = 0;
        CoordinatorMessages messages;
        bool operator==(const BuiltFor&) const = default;
    };
    mutable ReadModel<ui::AgreementEditorView, BuiltFor> model_;
};

}  // namespace kiosk::app
