// An include probe: compiled with kiosk_ui's include path, it must NOT compile. Screens draw view
// structs; no SQL reaches them.
#include "kiosk/ui/i18n.hpp"
#include "kiosk/store/database.hpp"
