#include "sync/server/inflating_body.hpp"

#include <zlib.h>

#include <array>

namespace kiosk::sync::server {
namespace http = boost::beast::http;

boost::system::error_code bad_gzip_error() {
    return boost::system::errc::make_error_code(boost::system::errc::illegal_byte_sequence);
}

struct InflatingBody::reader::Inflater {
    z_stream stream{};
    bool ended = false;
    ~Inflater() { inflateEnd(&stream); }
};

InflatingBody::reader::~reader() = default;

void InflatingBody::reader::init(const boost::optional<std::uint64_t>& content_length, boost::system::error_code& ec) {
    ec = {};
    body_.text.clear();
    // A plain body that says up front it is too large is refused before a byte of it is read.
    if (!body_.gzip && content_length && *content_length > body_.limit) {
        ec = http::error::body_limit;
        return;
    }
    if (!body_.gzip) return;
    inflater_ = std::make_shared<Inflater>();
    // 16 + MAX_WBITS: a gzip wrapper only (no raw deflate, no zlib header).
    if (inflateInit2(&inflater_->stream, 16 + MAX_WBITS) != Z_OK) {
        inflater_.reset();
        ec = bad_gzip_error();
    }
}

std::size_t InflatingBody::reader::put_bytes(const unsigned char* data, std::size_t size, boost::system::error_code& ec) {
    if (!inflater_) {
        if (body_.text.size() + size > body_.limit) {
            ec = http::error::body_limit;
            return 0;
        }
        body_.text.append(reinterpret_cast<const char*>(data), size);
        return size;
    }
    z_stream& z = inflater_->stream;
    if (inflater_->ended) {
        // Bytes after the end of the gzip stream: a second member or trailing junk. Devices
        // send one member; anything else is refused rather than guessed at.
        if (size > 0) ec = bad_gzip_error();
        return 0;
    }
    z.next_in = const_cast<unsigned char*>(data);
    z.avail_in = static_cast<uInt>(size);
    std::array<unsigned char, 16 * 1024> chunk{};
    while (z.avail_in > 0 && !inflater_->ended) {
        z.next_out = chunk.data();
        z.avail_out = static_cast<uInt>(chunk.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        // With input left and a whole chunk of room, no progress (Z_BUF_ERROR) is corruption too.
        if (rc != Z_OK && rc != Z_STREAM_END) {
            ec = bad_gzip_error();
            return 0;
        }
        const std::size_t produced = chunk.size() - z.avail_out;
        // The cap is checked on every chunk, before it is kept: memory never holds more.
        if (body_.text.size() + produced > body_.limit) {
            ec = http::error::body_limit;
            return 0;
        }
        body_.text.append(reinterpret_cast<const char*>(chunk.data()), produced);
        if (rc == Z_STREAM_END) inflater_->ended = true;
    }
    if (inflater_->ended && z.avail_in > 0) {
        ec = bad_gzip_error();
        return 0;
    }
    return size;
}

void InflatingBody::reader::finish(boost::system::error_code& ec) {
    ec = {};
    if (inflater_ && !inflater_->ended) ec = bad_gzip_error();  // the gzip stream was cut short
}

}  // namespace kiosk::sync::server
