#pragma once
// Request bodies are gzip-compressed (Content-Encoding: gzip): records are repetitive JSON and
// sealed payloads are base64, and both shrink, which matters on a venue's slow uplink.
#include <string>
#include <string_view>

namespace kiosk::sync {

// One gzip member, by Intel's ISA-L (igzip, level 1): about three times zlib's speed at level 1
// and smaller than zlib's Huffman-only coding of sealed bodies (sync_bench prints both). Any
// gzip reader takes it; the server inflates it with zlib.
std::string gzip_compress(std::string_view data);

}  // namespace kiosk::sync
