export const MAIN_HELP = `gpos — the command line of the GPOS Open Scam Data Standard

Usage:
  gpos validate [options] <path...>   check records in files (.json, .ndjson, .xlsx, .csv), folders, globs or -
  gpos convert <input...> --to <fmt>  spreadsheets to records (json, ndjson) and records to spreadsheets (xlsx, csv)
  gpos template --family <family>     an empty spreadsheet to fill in (xlsx, or csv), generated from the standard
  gpos normalize [<path...>]          fill observables' canonical values, match keys and ids from their raw values
  gpos pseudonymise --key-file <f>    replace observable values by keyed HMAC pseudonyms (community key)
  gpos redact --audience <tlp>        a copy fit for a TLP audience: records and personal fields above it removed
  gpos sign --key <jwk> <bundle>      sign a bundle (detached JWS, EdDSA or ES256)
  gpos verify --jwks <f> <bundle...>  check bundle signatures against a partner's public keys
  gpos keygen --kid <id>              a signing key pair (JWK + JWKS), or --community a pseudonymisation key
  gpos serve [--partners <file>]      run the reference exchange server (PGlite here, or PostgreSQL)
  gpos rules [--format text|json]     list every problem code with its severity
  gpos explain <code>                 explain one problem code, with wrong and right examples

Options:
  -h, --help       show help (also: gpos <command> --help)
  -V, --version    print the version

Exit status: 0 all valid · 1 some record or file invalid · 2 usage error, unreadable path or internal failure.
`;

export const VALIDATE_HELP = `Usage: gpos validate [options] <path...>

Checks GPOS records against the standard (JSON Schema + semantic rules) and reports every problem with
its file, line, column and JSON Pointer.

Paths:
  file.json              one record, an array of records, or a bundle
  file.ndjson, .jsonl    one record per line, streamed (any size)
  file.xlsx              a workbook: problems are reported by sheet, row and column (Sheet!C12)
  file.csv               one sheet: named after it (case.csv, case.payments.csv) or its family found from the headings
  folder                 every .json, .ndjson, .jsonl, .xlsx and .csv file below it (hidden folders and node_modules
                         skipped; symbolic links out of the folder and special files too); CSV files of one family
                         in one folder are read together
  'data/**/*.json'       a glob (quote it so the shell does not expand it)
  -                      standard input (JSON or NDJSON, detected; force with --stdin-format)

Options:
  -f, --format <name>     pretty (default) | json | junit | sarif | github
  -o, --output <file>     write the report to a file instead of stdout
      --strict            warnings fail the run too
      --max-problems <n>  list at most n problems (counts in the summary stay complete)
  -q, --quiet             list only problems that fail the run
      --workers <n>       worker threads (0 = none; default: auto, for inputs over 32 MB)
      --stdin-format <f>  auto (default) | json | ndjson
      --family <name>     indicator | case | commitment | organization: what the rows of CSV files not named after a
                          sheet are (default: found from the headings)
      --follow-symlinks   follow symbolic links that lead out of a folder (or, for a glob, out of the working
                          folder); paths named on the command line are always followed
      --extensions <dir>  your own extension schemas: one JSON Schema 2020-12 file per namespace, named after it
                          (com.example.fraud_scores.json); data under those namespaces is checked against them
                          instead of drawing unregistered_extension (needs the ajv package)
      --no-progress       never draw the progress bar (by default it appears on a terminal for inputs over 4 MB;
                          --progress forces it)
      --color, --no-color force colours on or off (default: on a terminal unless NO_COLOR is set)
  -h, --help              show this help

Exit status:
  0  every record is valid (warnings allowed unless --strict)
  1  some record or file is invalid, including JSON syntax and encoding errors
  2  usage error, a path that does not exist or cannot be read, or an internal failure

Only the report goes to stdout; messages go to stderr.

Examples:
  gpos validate examples/
  gpos validate --format github 'data/**/*.ndjson'
  gpos validate --format sarif --output gpos.sarif data/
  gpos validate cases.xlsx
  cat feed.ndjson | gpos validate -
`;

export const RULES_HELP = `Usage: gpos rules [--format text|json]

Lists every problem code gpos can report: file checks, JSON Schema checks and semantic rules, with
severity and a one-line summary. See one in full with: gpos explain <code>
`;

export const EXPLAIN_HELP = `Usage: gpos explain <code>

Prints the documentation of one problem code: what it checks, why, and a wrong and a right example.
List the codes with: gpos rules
`;

export const CONVERT_HELP = `Usage: gpos convert [options] <input...> --to json|ndjson|csv|xlsx

Spreadsheets to records, and records to spreadsheets.

  spreadsheet → records   .xlsx workbooks and .csv files (or folders of them) --to json or --to ndjson. Child sheets
                          (case.payments, commitment.milestones…) are joined to their records by id. Every problem is
                          reported by file, sheet, row and column; if there is an error, nothing is written.
  records → spreadsheet   .json (a record, an array or a bundle) and .ndjson files --to xlsx (one workbook) or
                          --to csv (one file per sheet, in the --output folder).

A main-sheet CSV file (one record a row) converted --to ndjson is streamed: any number of rows, bounded memory.

Options:
  -t, --to <format>       json | ndjson | xlsx | csv (default: the extension of --output)
  -o, --output <path>     the file to write (a folder for csv); default: standard output for json, ndjson and a
                          single CSV sheet. A file is written whole or not at all.
      --family <name>     indicator | case | commitment | organization: what the rows of CSV files not named after a
                          sheet are (default: found from the headings)
  -h, --help              show this help

Exit status:
  0  converted
  1  the input has problems (a cell of the wrong kind, an unknown column, a row without its record, a file that is
     not JSON, not a workbook or not CSV): they are listed on stderr and nothing is written
  2  usage error, or a file that cannot be read (missing, or over the size limits)

Examples:
  gpos convert cases.xlsx --to json --output cases.json
  gpos convert hotline-export.csv --family indicator --to ndjson --output indicators.ndjson
  gpos convert data/bundle.json --to xlsx --output bundle.xlsx
  gpos convert data/bundle.json --to csv --output sheets/
`;

export const TEMPLATE_HELP = `Usage: gpos template --family indicator|case|commitment|organization [--format xlsx|csv] [--output PATH]

Writes an empty spreadsheet to fill in, generated from the standard: one sheet for the records and one for each
repeated part (payments, milestones, actions…), human headings on row 1 and field names on row 2, required
columns marked with *, drop-downs on columns that take codes, a "codes" sheet listing them and a README sheet.

Options:
      --family <name>     indicator | case | commitment | organization (required)
  -f, --format <name>     xlsx (default) | csv (one file per sheet, field names as headings, in a folder)
  -o, --output <path>     default: gpos-<family>-template.xlsx, or the folder gpos-<family>-template/ for csv
      --force             replace an existing file (a filled-in template is never overwritten otherwise)
  -h, --help              show this help

Then: fill it in, check it with gpos validate FILE.xlsx, and convert it with gpos convert FILE.xlsx --to json.
`;

export const SERVE_HELP = `Usage: gpos serve [--partners FILE] [--port N] [--host ADDR] [--data-dir DIR | --memory | --database-url URL]

Runs the GPOS reference exchange server: partners publish signed bundles (POST /v1/bundles) and pull
TLP-filtered feeds (GET /v1/feed) or receive signed webhooks. Its API is schemas/exchange/openapi.yaml.
Nothing to install: the data is kept in embedded PGlite in ./gpos-exchange-data unless told otherwise.
Runs until Ctrl-C (SIGINT) or SIGTERM.

Options:
      --partners <file>     the partners: a JSON array of { "org", "token", "clearance", "keys" } or, instead of
                            "keys", "jwks": a public key set file (as gpos keygen writes it), relative to this file
                            (env GPOS_PARTNERS). Without partners only GET /healthz answers.
  -p, --port <n>            port to listen on; 0 picks a free one (env PORT; default 8787)
      --host <addr>         address to listen on (env HOST; default 127.0.0.1, this machine only)
      --data-dir <dir>      PGlite data directory (env GPOS_DATA_DIR; default ./gpos-exchange-data)
      --memory              keep everything in memory (lost when the server stops)
      --database-url <url>  store in PostgreSQL instead (env DATABASE_URL); several servers may share one database
      --schema <name>       PostgreSQL schema for the exchange's tables (default: the connection's search path)
      --jwt-audience <id>   the \`aud\` partners' JWTs must carry (env GPOS_JWT_AUDIENCE; default: the URL the server
                            listens on). Set it to the public URL behind a proxy or when listening on 0.0.0.0.
  -h, --help                show this help

Example:
  gpos keygen --kid aoc-2026-01
  echo '[{"org":"TH-GOV:aoc1441","token":"aoc-0123456789abcdef","clearance":"amber","jwks":"aoc-2026-01.jwks.json"}]' > partners.json
  gpos serve --partners partners.json
`;
