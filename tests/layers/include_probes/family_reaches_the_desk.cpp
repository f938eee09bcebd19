// An include probe (tests/CMakeLists.txt, "include_path_*"): compiled with
// kiosk_app_family's include path, it must NOT compile. The lobby does not link the coordinator's
// desk, so the desk's headers are not on its path (docs/ARCHITECTURE.md, "Include paths").
#include "kiosk/app/family/family_controller.hpp"
#include "kiosk/app/coordinator/coordinator_controller.hpp"
