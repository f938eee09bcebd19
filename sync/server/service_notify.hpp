#pragma once
// Tells systemd that the server is listening (Type=notify units, packaging/systemd/), so a
// unit ordered after it starts only once devices can connect. Without NOTIFY_SOCKET in the
// environment (a terminal, the tests) both calls do nothing.
namespace kiosk::sync::server {

void notify_ready();
void notify_stopping();

}  // namespace kiosk::sync::server
