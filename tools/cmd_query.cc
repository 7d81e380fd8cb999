// `dyad query`: read the event store — a dyad timeline, event pages, top
// actors and dyads, free read-only SQL — as a table, JSON Lines or CSV.
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "dyad/store.h"

namespace dyad::cli {
namespace {

using nlohmann::json;

struct QueryArgs {
  std::string db = "dyad.db";
  std::string format;  // table|json|csv; empty: table on a terminal, else json
  std::string a, b, from, to, by = "month";
  EventFilter filter;
  int top = 20;
  bool principals = false;
  std::string sql;
};

// A result to print: column names and rows of JSON scalars.
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<json>> rows;
};

std::string CellText(const json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_float()) return fmt::format("{:.2f}", v.get<double>());
  return v.dump();
}

std::string CsvCell(const json& v) {
  std::string s = v.is_number_float() ? v.dump() : CellText(v);
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void PrintTable(const Table& t, std::ostream& out) {
  std::vector<size_t> width;
  for (const auto& c : t.columns) width.push_back(c.size());
  for (const auto& row : t.rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      width[i] =
          std::max(width[i], std::min<size_t>(CellText(row[i]).size(), 60));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t i = 0; i < cells.size(); ++i) {
      std::string c = cells[i].substr(0, 60);
      s += fmt::format("{:<{}}", c, width[i]) +
           (i + 1 < cells.size() ? "  " : "");
    }
    out << s.substr(0, s.find_last_not_of(' ') + 1) << "\n";
  };
  line(t.columns);
  for (const auto& row : t.rows) {
    std::vector<std::string> cells;
    for (const auto& v : row) cells.push_back(CellText(v));
    line(cells);
  }
}

void PrintCsv(const Table& t, std::ostream& out) {
  for (size_t i = 0; i < t.columns.size(); ++i) {
    out << (i ? "," : "") << CsvCell(t.columns[i]);
  }
  out << "\n";
  for (const auto& row : t.rows) {
    for (size_t i = 0; i < row.size(); ++i)
      out << (i ? "," : "") << CsvCell(row[i]);
    out << "\n";
  }
}

void PrintJson(const Table& t, std::ostream& out) {
  for (const auto& row : t.rows) {
    json obj = json::object();
    for (size_t i = 0; i < row.size(); ++i) obj[t.columns[i]] = row[i];
    out << obj.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  }
}

std::string Format(const QueryArgs& args) {
  if (!args.format.empty()) return args.format;
  return isatty(STDOUT_FILENO) ? "table" : "json";
}

void Print(const QueryArgs& args, const Table& t) {
  const std::string f = Format(args);
  if (f == "csv") {
    PrintCsv(t, std::cout);
  } else if (f == "json") {
    PrintJson(t, std::cout);
  } else {
    PrintTable(t, std::cout);
  }
}

StatusOr<std::unique_ptr<Store>> OpenForReading(const QueryArgs& args) {
  return Store::Open(args.db, StoreOptions{.read_only = true});
}

StatusOr<Table> TimelineTable(const Store& store, const QueryArgs& args) {
  TimelineQuery q{.a = args.a, .b = args.b, .from = args.from, .to = args.to};
  if (!ParsePeriod(args.by, &q.by)) {
    return Status::InvalidArgument("--by: day, week or month");
  }
  DYAD_ASSIGN_OR_RETURN(auto buckets, store.Timeline(q));
  Table t{{"period", "source", "target", "events", "mentions", "verbal_coop",
           "material_coop", "verbal_conflict", "material_conflict",
           "goldstein_sum", "goldstein_mean"},
          {}};
  for (const TimelineBucket& b : buckets) {
    t.rows.push_back({b.period, b.source, b.target, b.events, b.mentions,
                      b.quad[0], b.quad[1], b.quad[2], b.quad[3],
                      b.goldstein_sum, b.goldstein_mean});
  }
  return t;
}

StatusOr<Table> EventsTable(const Store& store, const QueryArgs& args) {
  EventFilter f = args.filter;
  f.from = args.from;
  f.to = args.to;
  DYAD_ASSIGN_OR_RETURN(EventPage page, store.Events(f));
  Table t{{"id", "date", "source", "code", "target", "goldstein", "mentions",
           "sources", "articles", "doc", "sentence"},
          {}};
  for (const StoredEvent& e : page.events) {
    const Event& ev = e.event;
    t.rows.push_back({e.key, ev.date, ev.source.code,
                      ev.code + (ev.negated ? "!" : ""),
                      ev.target ? ev.target->code : "", ev.goldstein,
                      e.num_mentions, e.num_sources, e.num_articles, ev.doc_id,
                      ev.mentions.empty() ? "" : ev.mentions[0].sentence_text});
  }
  return t;
}

StatusOr<Table> ActorsTable(const Store& store, const QueryArgs& args) {
  DYAD_ASSIGN_OR_RETURN(auto actors, store.TopActors(args.top, args.from,
                                                     args.to, args.principals));
  Table t{{"actor", "name", "type", "events", "as_source", "as_target"}, {}};
  for (const ActorCount& a : actors) {
    t.rows.push_back(
        {a.code, a.name, a.type, a.events, a.as_source, a.as_target});
  }
  return t;
}

StatusOr<Table> DyadsTable(const Store& store, const QueryArgs& args) {
  DYAD_ASSIGN_OR_RETURN(auto edges, store.Edges(args.from, args.to, args.top));
  Table t{
      {"source", "target", "events", "mentions", "goldstein_sum", "verbal_coop",
       "material_coop", "verbal_conflict", "material_conflict"},
      {}};
  for (const DyadEdge& e : edges) {
    t.rows.push_back({e.source, e.target, e.events, e.mentions, e.goldstein_sum,
                      e.quad[0], e.quad[1], e.quad[2], e.quad[3]});
  }
  return t;
}

StatusOr<Table> SqlTable(const Store& store, const QueryArgs& args) {
  DYAD_ASSIGN_OR_RETURN(SqlResult r, store.Sql(args.sql));
  if (r.truncated) std::cerr << "dyad query sql: result truncated\n";
  return Table{r.columns, r.rows};
}

using TableFn = StatusOr<Table> (*)(const Store&, const QueryArgs&);

int Run(const char* name, TableFn fn, const QueryArgs& args) {
  auto store = OpenForReading(args);
  StatusOr<Table> t =
      store.ok() ? fn(**store, args) : StatusOr<Table>(store.status());
  if (!t.ok()) {
    std::cerr << "dyad query " << name << ": " << t.status().ToString() << "\n";
    return kExitFailure;
  }
  Print(args, *t);
  return kExitOk;
}

// --db, --format, --from, --to on a query subcommand.
void CommonOptions(CLI::App* cmd, QueryArgs* args, bool dates) {
  cmd->add_option("--db", args->db, "Store file")->capture_default_str();
  cmd->add_option("--format", args->format,
                  "table|json|csv (default: table on a terminal, else json)")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  if (!dates) return;
  cmd->add_option("--from", args->from, "First day YYYY-MM-DD");
  cmd->add_option("--to", args->to, "Last day YYYY-MM-DD");
}

void AddDyad(CLI::App* query, std::shared_ptr<QueryArgs> args, int* exit_code) {
  CLI::App* cmd = query->add_subcommand(
      "dyad", "Timeline of two actors: events per period, both directions");
  cmd->add_option("a", args->a, "Principal or actor code (CHN)")->required();
  cmd->add_option("b", args->b, "Principal or actor code (RUS)")->required();
  cmd->add_option("--by", args->by, "day|week|month")
      ->check(CLI::IsMember({"day", "week", "month"}))
      ->capture_default_str();
  CommonOptions(cmd, args.get(), true);
  cmd->callback(
      [args, exit_code] { *exit_code = Run("dyad", TimelineTable, *args); });
}

void AddEvents(CLI::App* query, std::shared_ptr<QueryArgs> args,
               int* exit_code) {
  CLI::App* cmd = query->add_subcommand("events", "Events, newest first");
  EventFilter& f = args->filter;
  cmd->add_option("--actor", f.actor, "Principal (RUS) or code (RUSGOV)");
  cmd->add_option("--source", f.source, "Acting principal or code");
  cmd->add_option("--target", f.target, "Target principal or code");
  cmd->add_option("--code", f.code, "CAMEO code prefix (04, 042)");
  cmd->add_option("--root", f.root, "CAMEO root or pattern (14, 1x)");
  cmd->add_option("--quad", f.quad_class, "Quad class 1-4");
  cmd->add_option("--text", f.text, "Full-text search in the sentences");
  cmd->add_option("--limit", f.limit, "Page size")->capture_default_str();
  cmd->add_option("--offset", f.offset, "Events to skip");
  CommonOptions(cmd, args.get(), true);
  cmd->callback(
      [args, exit_code] { *exit_code = Run("events", EventsTable, *args); });
}

void AddActors(CLI::App* query, std::shared_ptr<QueryArgs> args,
               int* exit_code) {
  CLI::App* cmd = query->add_subcommand("actors", "Actors in most events");
  cmd->add_option("--top", args->top, "How many")->capture_default_str();
  cmd->add_flag("--principals", args->principals,
                "Group codes by principal (RUSGOV, RUSMIL -> RUS)");
  CommonOptions(cmd, args.get(), true);
  cmd->callback(
      [args, exit_code] { *exit_code = Run("actors", ActorsTable, *args); });
}

void AddDyads(CLI::App* query, std::shared_ptr<QueryArgs> args,
              int* exit_code) {
  CLI::App* cmd = query->add_subcommand(
      "dyads", "Directed pairs of principals with most events");
  cmd->add_option("--top", args->top, "How many")->capture_default_str();
  CommonOptions(cmd, args.get(), true);
  cmd->callback(
      [args, exit_code] { *exit_code = Run("dyads", DyadsTable, *args); });
}

void AddSql(CLI::App* query, std::shared_ptr<QueryArgs> args, int* exit_code) {
  CLI::App* cmd = query->add_subcommand(
      "sql", "Run one read-only SQL statement (schema: doc/store.md)");
  cmd->add_option("statement", args->sql, "SELECT ...")->required();
  CommonOptions(cmd, args.get(), false);
  cmd->callback(
      [args, exit_code] { *exit_code = Run("sql", SqlTable, *args); });
}

}  // namespace

void AddQueryCommand(CLI::App& app, int* exit_code) {
  CLI::App* query = app.add_subcommand("query", "Query the event store");
  query->require_subcommand(1);
  AddDyad(query, std::make_shared<QueryArgs>(), exit_code);
  AddEvents(query, std::make_shared<QueryArgs>(), exit_code);
  AddActors(query, std::make_shared<QueryArgs>(), exit_code);
  AddDyads(query, std::make_shared<QueryArgs>(), exit_code);
  AddSql(query, std::make_shared<QueryArgs>(), exit_code);
}

}  // namespace dyad::cli
