#pragma once
// A borrowed cached statement. Resetting it when the borrow ends matters: a statement left
// mid-way holds a read snapshot open, and this connection would stop seeing other
// connections' commits (the sync worker's) and block WAL checkpoints.
#include "kiosk/store/statement.hpp"

namespace kiosk::store {

class Query {
public:
    explicit Query(Statement& statement) : statement_(&statement) {}
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query(Query&& other) noexcept : statement_(other.statement_) { other.statement_ = nullptr; }
    Query& operator=(Query&&) = delete;
    ~Query() {
        if (statement_ != nullptr) statement_->reset();
    }

    template <class... Args>
    Query& bind_all(const Args&... args) {
        statement_->bind_all(args...);
        return *this;
    }
    template <class T>
    Query& bind(int index, const T& value) {
        statement_->bind(index, value);
        return *this;
    }
    bool step() { return statement_->step(); }
    void run() { statement_->run(); }

    std::int64_t int64(int column) const { return statement_->int64(column); }
    int integer(int column) const { return statement_->integer(column); }
    std::string text(int column) const { return statement_->text(column); }
    std::vector<std::uint8_t> blob(int column) const { return statement_->blob(column); }
    bool is_null(int column) const { return statement_->is_null(column); }
    operator const Statement&() const { return *statement_; }  // NOLINT: read helpers take a Statement

private:
    Statement* statement_;
};

}  // namespace kiosk::store
