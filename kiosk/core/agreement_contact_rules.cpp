// check_agreement with what issue #16 added: how contact happens and the siblings. Apart from
// agreement_rules.cpp so that file's date parsing keeps its own inlining (GCC 12 warns
// falsely about date::parse when more is inlined around it).
#include "kiosk/core/agreement_rules.hpp"
#include "kiosk/core/siblings.hpp"

namespace kiosk::core {

std::vector<AgreementProblem> check_agreement(const AgreementVersion& v, const std::string& today, Id own_child) {
    std::vector<AgreementProblem> out = check_agreement(v, today);
    for (const ArrangementProblem p : check_arrangement(v.arrangement)) {
        switch (p) {
            case ArrangementProblem::NoPlatform: out.push_back(AgreementProblem::NoPlatform); break;
            case ArrangementProblem::NoPlace: out.push_back(AgreementProblem::NoPlace); break;
            case ArrangementProblem::NoSupervisorName: out.push_back(AgreementProblem::NoSupervisorName); break;
            case ArrangementProblem::TextProblem: out.push_back(AgreementProblem::BadRuleText); break;
        }
    }
    if (!check_siblings(own_child, v.siblings).empty()) out.push_back(AgreementProblem::BadSiblings);
    return out;
}

}  // namespace kiosk::core
