// An include probe: compiled with kiosk_core's include path, it must NOT compile. The core is pure
// rules: the store stands on it, never the other way.
#include "kiosk/core/time.hpp"
#include "kiosk/store/database.hpp"
