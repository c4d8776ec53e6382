// Help for the commands built on @gpos/sdk and @gpos/normalize (normalize, pseudonymise, redact, sign, verify, keygen).

const READING = `Input: files (.json: a record, an array of records or a bundle; .ndjson/.jsonl: one record a line, streamed), folders,
quoted globs, or - for standard input (the default when it is not a terminal; JSON or NDJSON is detected from the
first line). Output mirrors one input (NDJSON in, NDJSON out; JSON is written indented); several inputs are
written as NDJSON, a JSON array one record a line. Problems go to stderr as FILE:LINE:COLUMN with the JSON Pointer.`;

export const NORMALIZE_HELP = `Usage: gpos normalize [options] [<path...>|-]

Fills every indicator's observable from its raw value with @gpos/normalize: the canonical form, match keys,
attributes, the normaliser's version and the deterministic observable id, so partners who report the same value
get the same id. The context a value cannot carry (country of a phone number, bank of an account, chain of a
wallet) is read from the observable's attributes, then from --default-region. Observables with only a pseudonym
are left as they are.

${READING}

Options:
  -o, --output <file>        write to a file (it appears when the run completes) instead of stdout
      --default-region <CC>  region for phone numbers written without a country code, e.g. TH for 081-234-5678
  -h, --help                 show this help

Exit status:
  0  every observable was normalised
  1  some value could not be normalised (each is listed with the normaliser's reason and written as it was),
     or some input is not JSON (left out)
  2  usage error, or an input or the output cannot be read or written

Examples:
  gpos normalize --default-region TH feed.ndjson > feed.canonical.ndjson
  gpos normalize bundle.json --output bundle.json
`;

export const PSEUDONYMISE_HELP = `Usage: gpos pseudonymise --key-file <file> [options] [<path...>|-]

Replaces every indicator's observable value by its keyed pseudonym: HMAC-SHA-256 of the canonical value under a
community key (never a plain hash: phone and account numbers can be enumerated). The raw value, the canonical
value and the observable id go; match keys become hmac_sha256 keys; attributes that repeat the value go, context
(country, bank, chain, platform) stays. Values are normalised first, so pseudonyms match other partners'.
An indicator whose value cannot be normalised is left out, never written in clear. Other records pass through
unchanged: use gpos redact for cases. The record's tlp is not changed; free text (description, note) is not
scrubbed.

Key file (JSON, readable by you only: chmod 600):
  { "keys": [ { "key_id": "th-scam-community-2026-01", "secret": "<base64url of at least 32 random bytes>" } ],
    "current": "th-scam-community-2026-01" }
Older keys stay in "keys" after a rotation; "current" (default: the last key) makes new pseudonyms.
gpos keygen --community --kid ID writes a new one.

${READING}

Options:
  -k, --key-file <file>      the community key file (required)
      --key-id <id>          make pseudonyms under this key instead of the file's current key
      --default-region <CC>  region for phone numbers written without a country code
  -o, --output <file>        write to a file (it appears when the run completes) instead of stdout
  -h, --help                 show this help

Exit status: 0 done · 1 some indicator left out or some input not JSON · 2 usage error, unreadable input, or a
missing or malformed key file (secrets are never printed).
`;

export const REDACT_HELP = `Usage: gpos redact --audience clear|green|amber|amber+strict|red [--key-file <file>] [<path...>|-]

Writes a copy fit for recipients cleared for the audience's TLP label (the @gpos/sdk redaction policy): records
marked above it are removed; personal fields whose minimum marking is above it are removed; observable values
that may not go are replaced by keyed pseudonyms with --key-file, otherwise their indicators are removed; case
narratives travel at their own tlp; a bundle loses its signature (sign the result again) and its tlp is lowered
to the audience. Free text (description, note) is not scrubbed.

${READING}

Options:
  -a, --audience <tlp>       clear | green | amber | amber+strict | red (required)
  -k, --key-file <file>      community key file for pseudonyms (see gpos pseudonymise --help for its format)
      --key-id <id>          make pseudonyms under this key instead of the file's current key
  -o, --output <file>        write to a file (it appears when the run completes) instead of stdout
  -h, --help                 show this help

Exit status: 0 done · 1 some input is not JSON (left out) · 2 usage error, unreadable input or key file.
`;

export const SIGN_HELP = `Usage: gpos sign --key <private.jwk.json> [--kid ID] [--alg EdDSA|ES256] [--output FILE] <bundle.json|->

Signs a bundle: a detached JWS (RFC 7515 appendix F) over the RFC 8785 canonical JSON of the bundle without its
signature member, so whitespace and key order never matter. Any earlier signature is replaced. A bundle that is
not valid against the standard is refused: a signature vouches for its content.

Options:
  -k, --key <file>     your private JSON Web Key (Ed25519 or P-256, with "d"), as gpos keygen writes it
      --kid <id>       the key id your partners find the public key under in your JWKS (default: the key's "kid")
      --alg <alg>      EdDSA or ES256 (default: the key's)
  -o, --output <file>  write the signed bundle to a file instead of stdout
  -h, --help           show this help

Exit status: 0 signed · 1 the input is not JSON, not a bundle, or not valid (gpos validate says why) · 2 usage
error, unreadable input or unusable key.
`;

export const VERIFY_HELP = `Usage: gpos verify --jwks <file> [--format text|json] <bundle.json...>

Checks each bundle's signature against the producer's public keys. Only EdDSA and ES256 are accepted; "none" and
HMAC algorithms are refused before any key is looked up. Prints one line per file on stdout: ok, or the reason's
code and explanation: unsigned, malformed_signature, algorithm_not_allowed, unknown_key, unusable_key,
expired_key, bad_signature (the bundle changed after signing, or another key signed it), json_syntax,
not_a_bundle.

Options:
      --jwks <file>        the producer's JSON Web Key Set ({"keys": [...]}; a bare JWK or array also works)
  -f, --format <name>      text (default) | json: {"ok", "files": [{"path", "ok", "kid", "alg" | "code", "reason"}]}
  -h, --help               show this help

Exit status: 0 every signature verifies · 1 some file fails · 2 usage error, unreadable file or key set.
`;

export const KEYGEN_HELP = `Usage: gpos keygen --kid <id> [--alg EdDSA|ES256] [--private FILE] [--public FILE] [--force]
       gpos keygen --community --kid <id> [--output FILE] [--force]

Makes a signing key pair for gpos sign: the private JWK (written readable by you only; keep it secret) and a
public JSON Web Key Set to publish for your partners (gpos verify --jwks). With --community, makes a new
community pseudonymisation key file for gpos pseudonymise and gpos redact (32 random bytes).

Options:
      --kid <id>         the key id, e.g. aoc1441-2026-01 (letters, digits, '.', '_', '-')
      --alg <alg>        EdDSA (default, Ed25519) or ES256 (P-256)
      --private <file>   default: <kid>.private.jwk.json
      --public <file>    default: <kid>.jwks.json
      --community        a community HMAC key instead of a key pair
  -o, --output <file>    with --community; default: <kid>.community-key.json
      --force            replace existing files (never done otherwise)
  -h, --help             show this help
`;
