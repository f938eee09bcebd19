#include "sync/server/service_notify.hpp"

#include <systemd/sd-daemon.h>

namespace kiosk::sync::server {

// unset_environment = 0: the variable is harmless to keep, and a failure here is not worth
// stopping a server that is otherwise up (systemd then times the start out and says so).
void notify_ready() { (void)sd_notify(0, "READY=1\nSTATUS=listening"); }

void notify_stopping() { (void)sd_notify(0, "STOPPING=1"); }

}  // namespace kiosk::sync::server
