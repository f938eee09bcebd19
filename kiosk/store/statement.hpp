#pragma once
// A prepared SQL statement with typed binds and reads. Only the store uses it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk::store {

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    // Binds the parameters in order (1-based), after clearing any earlier ones.
    template <class... Args>
    Statement& bind_all(const Args&... args) {
        reset();
        int index = 1;
        (bind(index++, args), ...);
        return *this;
    }

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view{value}); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view{value}); }
    Statement& bind(int index, std::nullopt_t);
    // NULL when absent.
    Statement& bind(int index, const std::optional<std::string>& value) {
        return value ? bind(index, std::string_view{*value}) : bind(index, std::nullopt);
    }
    Statement& bind(int index, const std::optional<std::int64_t>& value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }
    Statement& bind(int index, const std::vector<std::uint8_t>& blob);

    // Moves to the next row; false when there are no more.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    std::string text(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    bool is_null(int column) const;

private:
    [[noreturn]] void fail(int code) const;

    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace kiosk::store
