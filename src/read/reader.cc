#include "dyad/reader.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "read/jsonl.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return s;
}

Format FormatFromExtension(const std::string& path) {
  std::string ext = Lower(fs::path(path).extension().string());
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonl;
  if (ext == ".txt" || ext == ".text") return Format::kText;
  return Format::kAuto;
}

// Guesses the format of `head`, the first bytes of an input.
Format FormatFromContent(std::string_view head) {
  size_t i = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (i == std::string_view::npos) return Format::kText;
  if (head[i] == '{') return Format::kJsonl;
  if (head[i] != '<') return Format::kText;
  std::string lower = Lower(std::string(head.substr(i, 512)));
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<p",
                          "<div", "<article", "<meta", "<title", "<!--"}) {
    if (lower.rfind(tag, 0) == 0) return Format::kHtml;
  }
  return Format::kText;
}

std::string StemOf(const std::string& path) {
  return fs::path(path).stem().string();
}

// One input: a file path or standard input.
struct Input {
  std::string path;  // "-" for stdin
};

class ReaderImpl : public Reader {
 public:
  ReaderImpl(std::vector<std::string> paths, const ReadOptions& options,
             std::istream* stream, std::string stream_name)
      : options_(options), stream_(stream), stream_name_(stream_name) {
    if (stream_ != nullptr) {
      pending_.push_back({"-"});
      return;
    }
    if (paths.empty()) paths.push_back("-");
    for (auto& p : paths) pending_.push_back({p});
  }

  bool Next(Document* doc, Status* problem) override {
    *problem = Status::OK();
    while (true) {
      if (jsonl_ != nullptr) {
        if (NextJsonl(doc, problem)) return true;
        CloseJsonl();
        continue;
      }
      if (pending_.empty()) return false;
      Input in = pending_.front();
      pending_.pop_front();
      if (OpenInput(in, doc, problem)) return true;
    }
  }

 private:
  // Starts reading `in`. Returns true when a document (or a problem) is
  // ready; false when `in` became a JSONL stream or was a directory.
  bool OpenInput(const Input& in, Document* doc, Status* problem) {
    if (in.path == "-") return OpenStdin(doc, problem);
    std::error_code ec;
    if (fs::is_directory(in.path, ec)) {
      ExpandDirectory(in.path);
      return false;
    }
    Format f = options_.format;
    if (f == Format::kAuto) f = FormatFromExtension(in.path);
    if (f == Format::kJsonl) return OpenJsonlFile(in.path, problem);
    return ReadWholeFile(in.path, f, doc, problem);
  }

  void ExpandDirectory(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(
             dir, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    for (auto f = files.rbegin(); f != files.rend(); ++f) {
      pending_.push_front({*f});
    }
  }

  bool OpenStdin(Document* doc, Status* problem) {
    std::istream* in = stream_ != nullptr ? stream_ : &std::cin;
    const std::string name = stream_ != nullptr ? stream_name_ : "<stdin>";
    Format f = options_.format;
    std::string skipped;  // leading whitespace consumed while sniffing
    if (f == Format::kAuto) {
      int c;
      while ((c = in->peek()) != EOF && std::isspace(c)) skipped += in->get();
      f = in->peek() == '{' ? Format::kJsonl : Format::kAuto;
    }
    if (f == Format::kJsonl) {
      jsonl_ = in;
      jsonl_name_ = name;
      jsonl_stem_ = "stdin";
      line_ = std::count(skipped.begin(), skipped.end(), '\n');
      return false;
    }
    std::ostringstream buf;
    buf << skipped << in->rdbuf();
    return MakeDocument(buf.str(), name, "stdin", f, doc, problem);
  }

  bool OpenJsonlFile(const std::string& path, Status* problem) {
    owned_jsonl_ = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*owned_jsonl_) {
      owned_jsonl_.reset();
      *problem = Status::IOError(path + ": cannot open file");
      return true;
    }
    jsonl_ = owned_jsonl_.get();
    jsonl_name_ = path;
    jsonl_stem_ = StemOf(path);
    line_ = 0;
    return false;
  }

  bool ReadWholeFile(const std::string& path, Format f, Document* doc,
                     Status* problem) {
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    if (ec) {
      *problem = Status::IOError(path + ": " + ec.message());
      return true;
    }
    if (size > options_.max_document_bytes) {
      *problem = TooLarge(path, size);
      return true;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    if (!in || !(buf << in.rdbuf())) {
      if (size == 0 && in)
        return MakeDocument("", path, StemOf(path), f, doc, problem);
      *problem = Status::IOError(path + ": cannot read file");
      return true;
    }
    return MakeDocument(buf.str(), path, StemOf(path), f, doc, problem);
  }

  Status TooLarge(const std::string& where, size_t size) const {
    return Status::ResourceExhausted(
        where + ": document of " + std::to_string(size) +
        " bytes exceeds max_document_bytes (" +
        std::to_string(options_.max_document_bytes) + ")");
  }

  bool MakeDocument(std::string bytes, const std::string& where,
                    const std::string& stem, Format f, Document* doc,
                    Status* problem) {
    if (bytes.size() > options_.max_document_bytes) {
      *problem = TooLarge(where, bytes.size());
      return true;
    }
    *doc = Document();
    if (f == Format::kAuto)
      f = FormatFromContent(std::string_view(bytes).substr(0, 1024));
    if (f == Format::kJsonl) f = Format::kText;  // a lone '{' text file
    doc->format = f;
    doc->raw = std::move(bytes);
    RepairUtf8(&doc->raw);
    doc->id = options_.id.empty() ? stem : options_.id;
    doc->date = options_.default_date;
    doc->origin = where;
    return true;
  }

  bool NextJsonl(Document* doc, Status* problem) {
    std::string& line = line_buffer_;
    while (std::getline(*jsonl_, line)) {
      ++line_;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const std::string where = jsonl_name_ + ":" + std::to_string(line_);
      if (line.size() > options_.max_document_bytes) {
        *problem = TooLarge(where, line.size());
        return true;
      }
      RepairUtf8(&line);
      *problem = jsonl_parser_.Parse(&line, where,
                                     jsonl_stem_ + "-" + std::to_string(line_),
                                     options_, doc);
      return true;
    }
    if (jsonl_->bad()) {
      *problem = Status::IOError(jsonl_name_ + ": read failed after line " +
                                 std::to_string(line_));
      CloseJsonl();
      return true;
    }
    return false;
  }

  void CloseJsonl() {
    jsonl_ = nullptr;
    owned_jsonl_.reset();
  }

  ReadOptions options_;
  std::istream* stream_;
  std::string stream_name_;
  std::deque<Input> pending_;
  std::istream* jsonl_ = nullptr;  // the JSONL stream being read, if any
  std::unique_ptr<std::ifstream> owned_jsonl_;
  std::string jsonl_name_, jsonl_stem_;
  size_t line_ = 0;
  std::string line_buffer_;  // the JSONL line being parsed, reused
  JsonlParser jsonl_parser_;
};

}  // namespace

std::unique_ptr<Reader> Reader::Open(std::vector<std::string> paths,
                                     const ReadOptions& options) {
  return std::make_unique<ReaderImpl>(std::move(paths), options, nullptr, "");
}

std::unique_ptr<Reader> Reader::FromStream(std::istream* in, std::string name,
                                           const ReadOptions& options) {
  return std::make_unique<ReaderImpl>(std::vector<std::string>{}, options, in,
                                      std::move(name));
}

}  // namespace dyad
