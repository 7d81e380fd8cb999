// Importers for established event-coding dictionaries (internal to
// src/resolve): TABARI and PETRARCH-1 `.actors` / agents files and the
// PETRARCH-2 Phoenix actor and agent files, so users can run dyad with the
// dictionaries they already maintain (`--actors FILE`, `--agents FILE`).
//
// Supported syntax (doc/importers.md): `NAME [CODE]` lines with `_` for
// spaces, `+SYNONYM` lines, codes on following indented lines, date
// restrictions `[CODE >YYMMDD]`, `[CODE <YYMMDD]`, `[CODE YYMMDD-YYMMDD]`,
// `#`, `;` and `<!-- -->` comments, TABARI `<NOUN>`/`<ADJECTIVE>` blocks,
// agents `NAME {PLURALS} [~ROLE]` and `!MACRO! = A, B` substitutions.
// Malformed lines are reported with file:line through the builder and skipped.
//
// Thread safety: single-threaded, like the builder.
//
// Usage:
//   DictionaryBuilder b(*segmenter);
//   DYAD_RETURN_IF_ERROR(ImportActorFile(data, "Phoenix.Countries.actors.txt",
//   &b)); DYAD_RETURN_IF_ERROR(ImportAgentFile(agents, "Phoenix.agents.txt",
//   &b));
#ifndef DYAD_RESOLVE_IMPORTER_H_
#define DYAD_RESOLVE_IMPORTER_H_

#include <string>
#include <string_view>

#include "dyad/status.h"
#include "resolve/dictionary.h"

namespace dyad {

// TABARI / PETRARCH-1 / Phoenix actor files: entries become kPerson (when
// any code is date-restricted or the name looks personal), kCountry (a bare
// three-letter country code) or kOrganization.
Status ImportActorFile(std::string_view data, const std::string& name,
                       DictionaryBuilder* builder);

// TABARI / PETRARCH agents files: `[~ROLE]` entries become kAgent.
Status ImportAgentFile(std::string_view data, const std::string& name,
                       DictionaryBuilder* builder);

}  // namespace dyad

#endif  // DYAD_RESOLVE_IMPORTER_H_
