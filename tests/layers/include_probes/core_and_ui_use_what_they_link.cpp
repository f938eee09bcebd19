// The control for core_reads_the_store.cpp and ui_reads_the_store.cpp: compiled with kiosk_ui's
// include path (which holds kiosk_core's), the UI's and the core's own headers. It must compile.
#include "kiosk/core/time.hpp"
#include "kiosk/ui/i18n.hpp"
