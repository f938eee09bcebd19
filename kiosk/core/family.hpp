#pragma once
// The people around a child. Fields that must never reach the family face are named
// restricted_*: carers' surnames and addresses, and the child's school.
#include <string>

#include "kiosk/core/ids.hpp"

namespace kiosk::core {

struct Child {
    Id id = 0;
    std::string first_name;
    std::string restricted_surname;
    std::string date_of_birth;  // "YYYY-MM-DD"
    std::string needs;
    std::string allergies;
    std::string medical;
    std::string restricted_school;
};

// A member of the child's birth or wider family who may attend contact.
struct FamilyAdult {
    Id id = 0;
    Id child_id = 0;
    std::string first_name;
    std::string surname;
    std::string relationship;  // as the family says it: "Mum", "Grandad", "Brother"
};

// The foster or kinship carer who brings the child. Surname and address are restricted.
struct Carer {
    Id id = 0;
    Id child_id = 0;
    std::string first_name;
    std::string restricted_surname;
    std::string restricted_address;
    std::string phone;
};

}  // namespace kiosk::core
