// Status: the one error type of dyad.
//
// Every library function that can fail returns a Status (or a StatusOr<T>)
// instead of throwing, printing or exiting. A Status is either OK or carries a
// code and a human-readable message that names the file, line or field at
// fault. Only main() and HTTP handlers turn a Status into an exit code or an
// HTTP status.
//
// Thread safety: a Status is a value; distinct objects may be used from
// distinct threads freely.
//
// Usage:
//   dyad::Status s = reader.Open(path);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
//   DYAD_RETURN_IF_ERROR(DoSomething());
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace dyad {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,
    kInvalidArgument,    // the caller's input is malformed
    kCorruption,         // a data file is damaged or foreign
    kIOError,            // the operating system refused a read or write
    kResourceExhausted,  // a size or memory limit from an Options struct
    kUnimplemented,
    kInternal,
  };

  Status() = default;  // OK
  Status(Code code, std::string_view message)
      : code_(code), message_(message) {}

  static Status OK() { return Status(); }
  static Status NotFound(std::string_view m) { return {Code::kNotFound, m}; }
  static Status InvalidArgument(std::string_view m) {
    return {Code::kInvalidArgument, m};
  }
  static Status Corruption(std::string_view m) {
    return {Code::kCorruption, m};
  }
  static Status IOError(std::string_view m) { return {Code::kIOError, m}; }
  static Status ResourceExhausted(std::string_view m) {
    return {Code::kResourceExhausted, m};
  }
  static Status Unimplemented(std::string_view m) {
    return {Code::kUnimplemented, m};
  }
  static Status Internal(std::string_view m) { return {Code::kInternal, m}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK", or "<code name>: <message>".
  std::string ToString() const;

  // Returns a copy whose message is "<context>: <message>".
  Status WithContext(std::string_view context) const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class StatusOr {
 public:
  StatusOr(Status status) : status_(std::move(status)) {}  // NOLINT
  StatusOr(T value) : value_(std::move(value)) {}          // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace dyad

#define DYAD_STATUS_CONCAT_INNER_(a, b) a##b
#define DYAD_STATUS_CONCAT_(a, b) DYAD_STATUS_CONCAT_INNER_(a, b)

// Returns from the enclosing function if `expr` yields a non-OK Status.
#define DYAD_RETURN_IF_ERROR(expr)               \
  do {                                           \
    ::dyad::Status _dyad_status = (expr);        \
    if (!_dyad_status.ok()) return _dyad_status; \
  } while (0)

// Declares `lhs` from a StatusOr expression or returns its error.
#define DYAD_ASSIGN_OR_RETURN(lhs, expr)                      \
  auto DYAD_STATUS_CONCAT_(_dyad_or_, __LINE__) = (expr);     \
  if (!DYAD_STATUS_CONCAT_(_dyad_or_, __LINE__).ok())         \
    return DYAD_STATUS_CONCAT_(_dyad_or_, __LINE__).status(); \
  lhs = std::move(DYAD_STATUS_CONCAT_(_dyad_or_, __LINE__)).value()

#endif  // DYAD_STATUS_H_
