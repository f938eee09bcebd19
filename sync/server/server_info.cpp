#include "sync/server/server_info.hpp"
