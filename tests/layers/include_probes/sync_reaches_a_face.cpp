// An include probe: compiled with kiosk_app_sync's include path, it must NOT compile. Sync serves
// the faces through seams at the app's root; it never reaches into one.
#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/staff/board_rows.hpp"
