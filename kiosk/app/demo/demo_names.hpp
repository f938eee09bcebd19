#pragma once
// Fictional names for the demo dataset. None belongs to a real family.
#include <array>
#include <string_view>

namespace kiosk::app::demo_names {

inline constexpr std::array<std::string_view, 24> kChildren{
    "Mia",   "Leo",   "Amara", "Kacper", "Lucia", "Noah",  "Zofia", "Ethan",
    "Isla",  "Mateo", "Ruby",  "Oskar",  "Ava",   "Kai",   "Maja",  "Finn",
    "Elena", "Theo",  "Nina",  "Jayden", "Lola",  "Tomas", "Hana",  "Reuben"};
inline constexpr std::array<std::string_view, 16> kAdults{
    "Sarah", "Peter", "Marta", "Daniel", "Grace", "Tomasz", "Rosa", "Michael",
    "Aisha", "Jakub", "Carmen", "Lee",   "Ewa",   "David",  "Joy",  "Pablo"};
inline constexpr std::array<std::string_view, 16> kSurnames{
    "Hughes", "Nowak", "Okafor", "Garcia", "Wright", "Kowalski", "Bennett", "Moreno",
    "Clarke", "Wisniewski", "Adeyemi", "Ruiz", "Patel", "Lewandowski", "Shaw", "Ortega"};
inline constexpr std::array<std::string_view, 8> kCarers{
    "Helen", "Mark", "Janet", "Samir", "Claire", "Owen", "Bridget", "Paul"};
inline constexpr std::array<std::string_view, 8> kStreets{
    "Willow Lane", "Station Road", "Park Avenue", "Mill Street",
    "Church Close", "Orchard Way", "High Street", "Meadow Drive"};
// Relationships as the family says them, with the parent first.
inline constexpr std::array<std::string_view, 6> kRelationships{
    "Mum", "Dad", "Grandma", "Grandad", "Aunt", "Brother"};

}  // namespace kiosk::app::demo_names
