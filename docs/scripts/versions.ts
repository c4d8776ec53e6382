/**
 * Versioned, citable schema addresses. `/v1/…` always serves the latest 1.x schemas; `/<version>/…` serves one
 * release's schemas for good: the current version from `schemas/v1/`, and every earlier release from its frozen copy
 * in `conformance/compat/<major.minor>/schemas/` (kept exactly as released). In each copy the base of every absolute
 * address, `$id` first, is rewritten from `/v1/` to `/<version>/`, so relative `$ref`s and the bundle's dispatch
 * resolve within the same release.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, type SchemaFile } from './sources.js';

export const SCHEMA_BASE = 'https://schemas.gpos.network/';
export const COMPAT_DIR = join(REPO_ROOT, 'conformance', 'compat');

/** A schema's text with `/v1/` addresses pinned to `version`. */
export function pinned(text: string, version: string): string {
  return text.split(`${SCHEMA_BASE}v1/`).join(`${SCHEMA_BASE}${version}/`);
}

/** Released versions with frozen schemas, oldest first: `1.0.0` for `conformance/compat/1.0/schemas/`. */
export function frozenReleases(dir = COMPAT_DIR): Array<{ version: string; dir: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => /^\d+\.\d+$/.test(d) && existsSync(join(dir, d, 'schemas')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((d) => ({ version: `${d}.0`, dir: join(dir, d, 'schemas') }));
}

/** `public/<version>/<file>` → content, for the current version and every frozen release. */
export function versionedSchemas(current: readonly SchemaFile[], spec: string, compatDir = COMPAT_DIR): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { version, dir } of frozenReleases(compatDir)) {
    if (version === spec) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) out[`public/${version}/${file}`] = pinned(readFileSync(join(dir, file), 'utf8'), version);
  }
  for (const sf of current) out[`public/${spec}/${sf.file}`] = pinned(sf.text, spec);
  return out;
}

/** The versions served at fixed addresses, oldest first. */
export function servedVersions(spec: string, compatDir = COMPAT_DIR): string[] {
  return [...new Set([...frozenReleases(compatDir).map((r) => r.version), spec])];
}
