#pragma once
// A Boost.Beast body that undoes gzip while the body arrives, with a hard cap on what it
// inflates to: a 1 MB gzip bomb (1 GiB of zeros) stops at the cap, having held no more than
// the cap and one 16 KiB chunk. The compressed bytes are never kept. Identity bodies are kept
// as they come, under the same cap. Chunked and length-given bodies alike pass through here.
#include <boost/beast/core/buffers_range.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

namespace kiosk::sync::server {

// Set by a body that is not valid gzip (or has bytes after the end of its gzip stream):
// errc::illegal_byte_sequence, which nothing else in reading a request sets.
boost::system::error_code bad_gzip_error();

struct InflatingBody {
    struct value_type {
        std::string text;      // the body, inflated
        std::size_t limit = 0; // the most `text` may hold; over it the read fails with body_limit
        bool gzip = false;     // set from Content-Encoding before the body is read
    };

    class reader {
    public:
        template <bool isRequest, class Fields>
        reader(boost::beast::http::header<isRequest, Fields>&, value_type& body) : body_(body) {}
        reader(const reader&) = delete;
        reader& operator=(const reader&) = delete;
        ~reader();

        void init(const boost::optional<std::uint64_t>& content_length, boost::system::error_code& ec);
        template <class ConstBufferSequence>
        std::size_t put(const ConstBufferSequence& buffers, boost::system::error_code& ec) {
            std::size_t used = 0;
            for (const auto buffer : boost::beast::buffers_range_ref(buffers)) {
                used += put_bytes(static_cast<const unsigned char*>(buffer.data()), buffer.size(), ec);
                if (ec) break;
            }
            return used;
        }
        void finish(boost::system::error_code& ec);

    private:
        std::size_t put_bytes(const unsigned char* data, std::size_t size, boost::system::error_code& ec);

        struct Inflater;
        value_type& body_;
        // shared_ptr: the constructor is inline, where Inflater (zlib's state) is incomplete.
        std::shared_ptr<Inflater> inflater_;
    };
};

}  // namespace kiosk::sync::server
