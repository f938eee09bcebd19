#include "sync/client/gzip.hpp"

#include <zlib.h>

#include <stdexcept>

namespace kiosk::sync {

std::string gzip_compress(std::string_view data, bool mostly_ciphertext) {
    z_stream stream{};
    // windowBits 15 + 16 asks zlib for a gzip wrapper; level 1 because the network, not the
    // ratio, is the bottleneck and level 6 costs several times the CPU for a few percent.
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15 + 16, 8, mostly_ciphertext ? Z_HUFFMAN_ONLY : Z_DEFAULT_STRATEGY) != Z_OK) {
        throw std::runtime_error("gzip: zlib could not start");
    }
    std::string out;
    out.resize(deflateBound(&stream, static_cast<uLong>(data.size())));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));  // zlib's API is not const
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const auto written = stream.total_out;
    deflateEnd(&stream);
    if (status != Z_STREAM_END) throw std::runtime_error("gzip: compression did not finish");
    out.resize(written);
    return out;
}

}  // namespace kiosk::sync
