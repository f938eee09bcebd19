#pragma once
// Request bodies are gzip-compressed (Content-Encoding: gzip): records are repetitive JSON
// and shrink several times over, which matters on a venue's slow uplink.
#include <string>
#include <string_view>

namespace kiosk::sync {

std::string gzip_compress(std::string_view data);

}  // namespace kiosk::sync
