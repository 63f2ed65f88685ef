// The help texts of the command line, apart from the commands so that `--help` and `--version`
// answer without loading the pipeline.

export const USAGE = `usage: edx-event-catalog <command> [options]

commands:
  build [--manifest FILE] [--out FILE] [--strict] [--quiet] [--coverage]
        read every release of the manifest into catalog.json (default: the default content → dist/catalog.json)
  diff <from> <to> [--format text|markdown|json] [--event NAME] [--exit-code] [--manifest FILE] [--catalog FILE]
        compare two releases, given by id or label
  check <file…|-> [--release ID] [--format text|json] [--exit-code] [--manifest FILE] [--catalog FILE]
        check tracking logs (JSON lines, plain or gzip, - for standard input) against a release (default: the newest)
  export --out DIR [--release ID] [--manifest FILE] [--catalog FILE]
        write JSON Schemas (per event, per release, current views) and BigQuery table schemas
  help [command]
        show this text, or the options of one command (also: <command> --help)

options: --version prints the version; --help prints this text

exit codes: 0 success; 1 input problems (errors, or warnings with --strict) or, for diff --exit-code, differences, for check unreadable lines (and findings with --exit-code); 2 usage error or unreadable manifest`;

export const BUILD_USAGE = `usage: edx-event-catalog build [--manifest FILE] [--out FILE] [--strict] [--quiet] [--coverage]

Reads every release of a manifest into catalog.json and writes its JSON Schemas beside it
(catalog.schema.json, manifest.schema.json, diff.schema.json, check.schema.json). Prints each diagnostic as
file:line:column severity rule-id message, then one summary line per release.

options:
  --manifest FILE  the release manifest (default: the default content shipped with the package)
  --out FILE       where to write the catalog (default: dist/catalog.json)
  --strict         print info diagnostics too, and fail (exit 1) on warnings
  --quiet          print no info diagnostics
  --coverage       add the coverage report: how much of each source file reached the catalog
  --help           show this text

exit codes: 0 built; 1 built, but the input has errors or a release failed (or warnings with --strict);
2 usage error or unreadable manifest (nothing written)`;

export const DIFF_SYNOPSIS =
  "usage: edx-event-catalog diff <from> <to> [--format text|markdown|json] [--event NAME] [--exit-code] [--manifest FILE] [--catalog FILE]";

export const DIFF_USAGE = `${DIFF_SYNOPSIS}

Compares two releases, each given by id or label: events added, removed and renamed, and the
changes of their fields, sources and examples. The catalog is built from the manifest, or read
from a catalog.json.

options:
  --format FORMAT  text (default), markdown or json (JSON Schema: diff.schema.json)
  --event NAME     only this event (id, name or former name)
  --exit-code      exit 1 when the releases differ
  --manifest FILE  the release manifest (default: the default content shipped with the package)
  --catalog FILE   read a catalog.json instead of building one
  --help           show this text

exit codes: 0 no differences (or no --exit-code); 1 differences with --exit-code; 2 usage error or
unknown release`;

export const CHECK_SYNOPSIS =
  "usage: edx-event-catalog check <file…|-> [--release ID] [--format text|json] [--exit-code] [--manifest FILE] [--catalog FILE]";

export const CHECK_USAGE = `${CHECK_SYNOPSIS}

Checks tracking logs (JSON lines, plain or gzip told by content, several files or - for standard
input) against a release: for each event type and field path, whether the release documents it,
since or until when, with which type; and which releases the log is most consistent with.

options:
  --release ID     the release to check against, by id or label (default: the newest)
  --format FORMAT  text (default) or json (JSON Schema: check.schema.json)
  --exit-code      exit 1 when there are findings
  --manifest FILE  the release manifest (default: the default content shipped with the package)
  --catalog FILE   read a catalog.json instead of building one
  --help           show this text

exit codes: 0 checked; 1 unreadable lines or files, or findings with --exit-code; 2 usage error,
unknown release or unreadable catalog`;

const EXPORT_SYNOPSIS = "usage: edx-event-catalog export --out DIR [--release ID] [--manifest FILE | --catalog FILE]";

export const EXPORT_USAGE = `${EXPORT_SYNOPSIS}

Writes schemas for the warehouse under DIR: a JSON Schema (2020-12) per event per release and per
event's current view, one line schema and one BigQuery table schema per release, and index.json.

options:
  --out DIR        the folder to write to
  --release ID     only this release (id or label), without the current views
  --manifest FILE  the release manifest (default: the default content shipped with the package)
  --catalog FILE   read a catalog.json instead of building one
  --help           show this text

exit codes: 0 written; 2 usage error, unknown release or unreadable catalog`;
