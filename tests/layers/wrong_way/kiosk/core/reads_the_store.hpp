#pragma once
// A test fixture for scripts/check-layers.py: core may not read the store.
#include "kiosk/store/database.hpp"
