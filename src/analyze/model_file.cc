#include "analyze/model_file.h"

#include "analyze/perceptron.h"  // ByteWriter, ByteReader
#include "util/file.h"

namespace dyad {
namespace {

// Strings in the header and table of contents: u32 length, then the bytes.
void PutString(std::string_view s, std::string* out) {
  ByteWriter(out).U32(static_cast<uint32_t>(s.size()));
  out->append(s);
}

bool GetString(ByteReader* r, std::string* s) {
  uint32_t n;
  std::string_view view;
  if (!r->U32(&n) || !r->Raw(n, &view)) return false;
  s->assign(view);
  return true;
}

}  // namespace

uint64_t Fnv1a64(std::string_view data) {
  uint64_t h = 14695981039346656037ull;
  for (char c : data) {
    h ^= static_cast<uint8_t>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::string ModelFileWriter::Finish() const {
  // Table of contents first, with payload offsets relative to the file
  // start; its own size is known before the offsets are written.
  std::string meta;
  ByteWriter m(&meta);
  PutString(name_, &meta);
  PutString(credits_, &meta);
  m.U32(static_cast<uint32_t>(sections_.size()));
  size_t toc_bytes = meta.size();
  for (const auto& [name, bytes] : sections_) toc_bytes += 4 + name.size() + 16;
  uint64_t offset = kModelHeaderBytes + toc_bytes;
  for (const auto& [name, bytes] : sections_) {
    PutString(name, &meta);
    m.U64(offset);
    m.U64(bytes.size());
    offset += bytes.size();
  }
  std::string body = meta;
  for (const auto& [name, bytes] : sections_) body += bytes;

  std::string out(kModelMagic, sizeof(kModelMagic));
  ByteWriter h(&out);
  h.U32(kModelFormatVersion);
  h.U32(0);  // reserved flags
  h.U64(kModelHeaderBytes + body.size());
  h.U64(Fnv1a64(body));
  out += body;
  return out;
}

StatusOr<ModelFile> ModelFile::Parse(std::string data, std::string origin) {
  ModelFile f;
  f.data_ = std::move(data);
  f.origin_ = std::move(origin);
  DYAD_RETURN_IF_ERROR(f.ParseHeader());
  DYAD_RETURN_IF_ERROR(f.ParseTable());
  return f;
}

StatusOr<ModelFile> ModelFile::Read(const std::string& path) {
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFileToString(path, &data));
  return Parse(std::move(data), path);
}

Status ModelFile::Corrupt(std::string_view what) const {
  return Status::Corruption(origin_ + ": " + std::string(what));
}

Status ModelFile::ParseHeader() {
  if (data_.size() < kModelHeaderBytes ||
      std::string_view(data_).substr(0, 8) !=
          std::string_view(kModelMagic, 8)) {
    return Corrupt("not a dyad model file (bad magic or too short)");
  }
  ByteReader r(std::string_view(data_).substr(8, kModelHeaderBytes - 8));
  uint32_t flags = 0;
  uint64_t size = 0, checksum = 0;
  r.U32(&version_);
  r.U32(&flags);
  r.U64(&size);
  r.U64(&checksum);
  if (version_ != kModelFormatVersion) {
    return Corrupt("unsupported model format version " +
                   std::to_string(version_) + " (this dyad reads " +
                   std::to_string(kModelFormatVersion) + ")");
  }
  if (flags != 0) return Corrupt("unknown flags " + std::to_string(flags));
  if (size != data_.size()) {
    return Corrupt("size " + std::to_string(data_.size()) +
                   " bytes, header says " + std::to_string(size) +
                   " (truncated or padded)");
  }
  if (Fnv1a64(std::string_view(data_).substr(kModelHeaderBytes)) != checksum) {
    return Corrupt("checksum mismatch (file damaged)");
  }
  return Status::OK();
}

Status ModelFile::ParseTable() {
  ByteReader r(std::string_view(data_).substr(kModelHeaderBytes));
  uint32_t n = 0;
  if (!GetString(&r, &name_) || !GetString(&r, &credits_) || !r.U32(&n) ||
      n > r.remaining() / 20) {
    return Corrupt("bad table of contents");
  }
  for (uint32_t i = 0; i < n; ++i) {
    Entry e;
    if (!GetString(&r, &e.name) || !r.U64(&e.offset) || !r.U64(&e.size)) {
      return Corrupt("bad table of contents entry " + std::to_string(i));
    }
    if (e.offset > data_.size() || e.size > data_.size() - e.offset) {
      return Corrupt("section '" + e.name + "' lies outside the file");
    }
    entries_.push_back(std::move(e));
  }
  return Status::OK();
}

std::vector<std::string> ModelFile::SectionNames() const {
  std::vector<std::string> names;
  for (const Entry& e : entries_) names.push_back(e.name);
  return names;
}

StatusOr<std::string_view> ModelFile::Section(std::string_view name) const {
  for (const Entry& e : entries_) {
    if (e.name == name) {
      return std::string_view(data_).substr(e.offset, e.size);
    }
  }
  return Corrupt("missing section '" + std::string(name) + "'");
}

}  // namespace dyad

namespace dyad {

void EncodeSelfTest(const std::vector<std::vector<Token>>& sentences,
                    std::string* out) {
  ByteWriter w(out);
  w.Varint(sentences.size());
  for (const auto& s : sentences) {
    w.Varint(s.size());
    for (const Token& t : s) {
      w.Bytes(t.text);
      w.Bytes(t.upos);
      w.Bytes(t.xpos);
      w.Bytes(t.lemma);
      w.Varint(static_cast<uint64_t>(t.head + 1));
      w.Bytes(t.deprel);
    }
  }
}

namespace {

bool DecodeToken(ByteReader* r, Token* t) {
  std::string_view text, upos, xpos, lemma, deprel;
  uint64_t head;
  if (!r->Bytes(&text) || !r->Bytes(&upos) || !r->Bytes(&xpos) ||
      !r->Bytes(&lemma) || !r->Varint(&head) || !r->Bytes(&deprel) ||
      head > (1u << 20)) {
    return false;
  }
  t->text = text, t->upos = upos, t->xpos = xpos, t->lemma = lemma;
  t->head = static_cast<int>(head) - 1;
  t->deprel = deprel;
  return true;
}

}  // namespace

Status DecodeSelfTest(std::string_view bytes,
                      std::vector<std::vector<Token>>* sentences) {
  ByteReader r(bytes);
  uint64_t n, m;
  if (!r.Varint(&n) || n > r.remaining()) {
    return Status::Corruption("self-test: bad count");
  }
  for (uint64_t i = 0; i < n; ++i) {
    if (!r.Varint(&m) || m > r.remaining()) {
      return Status::Corruption("self-test: bad sentence");
    }
    std::vector<Token>& s = sentences->emplace_back(m);
    for (Token& t : s) {
      if (!DecodeToken(&r, &t))
        return Status::Corruption("self-test: bad word");
    }
  }
  return Status::OK();
}

}  // namespace dyad
