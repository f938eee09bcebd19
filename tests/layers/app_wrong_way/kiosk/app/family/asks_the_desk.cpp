// A test fixture for scripts/check-layers.py: the lobby face may not reach into the coordinator's
// desk (the lobby's device never holds what the desk shows).
#include "kiosk/app/coordinator/coordinator_controller.hpp"
#include "kiosk/app/family/family_controller.hpp"
#include "kiosk/app/config.hpp"
