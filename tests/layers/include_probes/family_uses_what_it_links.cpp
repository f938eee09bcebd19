// The control for family_reaches_the_desk.cpp: the same library's include path, headers it may
// use (its own, the app's root, the UI, the store, the core, the log). It must compile, so the
// wrong-way probe cannot pass because the probe itself is broken.
#include "kiosk/app/family/check_in_service.hpp"
#include "kiosk/app/family/family_controller.hpp"
#include "kiosk/app/config.hpp"
#include "kiosk/core/time.hpp"
#include "kiosk/log/log.hpp"
#include "kiosk/store/database.hpp"
#include "kiosk/ui/i18n.hpp"
