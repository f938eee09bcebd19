#include "kiosk/app/shell/process_hardening.hpp"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace kiosk::app {

bool harden_process() {
    const bool not_dumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    // Belt and braces: a core limit of zero, in case something makes the process dumpable again.
    const rlimit none{0, 0};
    const bool no_core = ::setrlimit(RLIMIT_CORE, &none) == 0;
    return not_dumpable && no_core;
}

bool process_is_hardened() {
    rlimit core{};
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && ::getrlimit(RLIMIT_CORE, &core) == 0 && core.rlim_cur == 0 &&
           core.rlim_max == 0;
}

}  // namespace kiosk::app
