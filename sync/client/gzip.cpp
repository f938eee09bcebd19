#include "sync/client/gzip.hpp"

#include <isa-l/igzip_lib.h>

#include <limits>
#include <stdexcept>
#include <vector>

namespace kiosk::sync {

std::string gzip_compress(std::string_view data) {
    if (data.size() > std::numeric_limits<std::uint32_t>::max() / 2) {
        throw std::runtime_error("gzip: a body this large is never sent");
    }
    // Level 1's hash tables, sized as ISA-L recommends; stateless compression takes the whole
    // body in one call.
    std::vector<std::uint8_t> level_buffer(ISAL_DEF_LVL1_DEFAULT);
    // At worst stored blocks: the input, 5 bytes a 64 KiB block, and the gzip header and trailer.
    std::size_t room = data.size() + (data.size() / 65535 + 1) * 5 + 64;
    for (int attempt = 0; attempt < 2; ++attempt, room *= 2) {
        std::string out(room, '\0');
        isal_zstream stream;
        isal_deflate_stateless_init(&stream);
        stream.gzip_flag = IGZIP_GZIP;
        stream.level = 1;
        stream.level_buf = level_buffer.data();
        stream.level_buf_size = static_cast<std::uint32_t>(level_buffer.size());
        stream.end_of_stream = 1;
        stream.flush = NO_FLUSH;
        stream.next_in = reinterpret_cast<std::uint8_t*>(const_cast<char*>(data.data()));  // ISA-L's API is not const
        stream.avail_in = static_cast<std::uint32_t>(data.size());
        stream.next_out = reinterpret_cast<std::uint8_t*>(out.data());
        stream.avail_out = static_cast<std::uint32_t>(out.size());
        const int status = isal_deflate_stateless(&stream);
        if (status == COMP_OK) {
            out.resize(stream.total_out);
            return out;
        }
        if (status != STATELESS_OVERFLOW) throw std::runtime_error("gzip: compression failed");
    }
    throw std::runtime_error("gzip: the compressed body did not fit");
}

}  // namespace kiosk::sync
