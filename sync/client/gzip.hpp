#pragma once
// Request bodies are gzip-compressed (Content-Encoding: gzip): records are repetitive JSON
// and shrink several times over, which matters on a venue's slow uplink.
#include <string>
#include <string_view>

namespace kiosk::sync {

// `mostly_ciphertext`: a body of sealed payloads (push format 2), where looking for repeats
// (LZ77) costs most of the time and finds little; Huffman coding alone still wins back most of
// base64's overhead, at about a quarter of the CPU.
std::string gzip_compress(std::string_view data, bool mostly_ciphertext = false);

}  // namespace kiosk::sync
