// The control for sync_reaches_a_face.cpp: kiosk_app_sync's own headers, the app's root and the
// sync client and protocol it links. It must compile.
#include "kiosk/app/sync/enrolment.hpp"
#include "kiosk/app/sign_in_relay.hpp"
#include "sync/client/sync_client.hpp"
#include "sync/protocol/push_batch.hpp"
