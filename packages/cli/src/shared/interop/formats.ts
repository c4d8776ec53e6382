/**
 * The formats `gpos export --to` and `gpos import --from` speak, one entry each. The names are data for the command
 * declarations (light); `load` brings in @gpos/interop only when a conversion runs. A format whose mapping the
 * installed @gpos/interop lacks loads as `undefined`, and the command says so (exit status 2).
 */
type Obj = Record<string, unknown>;

/** What a mapping could not carry (the `Loss` of @gpos/interop). */
export interface Loss {
  readonly object: string;
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
}

/** Why an importer refused its input as a whole. */
export interface InputError {
  readonly code: string;
  readonly pointer: string;
  readonly message: string;
}

export type ImportResult = { readonly ok: true; readonly records: readonly object[]; readonly losses: readonly Loss[] } | { readonly ok: false; readonly error: InputError };

/** One export run: the document is written as it grows, record by record, so a streaming format holds no records. */
export interface ExportSession {
  /** The text to write for one record (may be empty) and what it could not carry. */
  push(record: Obj): { readonly text: string; readonly losses: readonly Loss[] };
  /** The rest of the document. */
  end(): { readonly text: string; readonly losses: readonly Loss[] };
}

/** Where each object of an input document stands, by the id losses name: its JSON Pointer, its place in order, its type. */
export type Locations = Map<string, { readonly pointer: string; readonly index: number; readonly type?: string }>;

export interface Mapping {
  /** True when export holds no records (each is written as it is read). */
  readonly streams: boolean;
  exporter(): ExportSession;
  importer(value: unknown, options: { readonly defaultTlp?: string }): ImportResult;
  /** Where the objects of an input document stand; STIX bundles are located by the import command itself. */
  locate?(value: unknown): Locations;
}

export interface InteropFormat {
  readonly title: string;
  /** The prefix of this format's input-error codes (`stix_not_stix_bundle`). */
  readonly codePrefix: string;
  /** The mapping, or undefined when the installed @gpos/interop has none for this format. */
  load(): Promise<Mapping | undefined>;
}

export const INTEROP_FORMATS = {
  stix: { title: 'STIX 2.1', codePrefix: 'stix', load: async () => (await import('./stix.js')).stixMapping() },
  misp: { title: 'MISP core format', codePrefix: 'misp', load: async () => (await import('./misp.js')).mispMapping() },
} as const satisfies Record<string, InteropFormat>;

export type InteropFormatName = keyof typeof INTEROP_FORMATS;
export const INTEROP_FORMAT_NAMES = Object.keys(INTEROP_FORMATS) as InteropFormatName[];

/** The mapping of a format, or a message saying that this installation has none (the command exits with status 2). */
export async function loadMapping(name: string, formats: Readonly<Record<string, InteropFormat>> = INTEROP_FORMATS): Promise<Mapping | string> {
  const format = formats[name]!;
  const mapping = await format.load();
  if (mapping) return mapping;
  const available: string[] = [];
  for (const [other, f] of Object.entries(formats)) if ((await f.load()) !== undefined) available.push(other);
  return `${format.title} (${name}) is not available in this version of @gpos/interop; ${available.length ? `the formats available are ${available.join(', ')}` : 'no format is available'}`;
}
