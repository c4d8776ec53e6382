import type { JsonSchema } from './json-schema.js';

/** An extension namespace registered with the standard (schemas/extensions/index.csv). */
export interface RegisteredExtension {
  /** The key under `extensions` in a record: lower case, no dots (dotted names are partners' own, reverse-DNS). */
  readonly namespace: string;
  readonly title: string;
  readonly description: string;
  /** The record families that may carry it. */
  readonly records: readonly string[];
  /** Where its fields come from. */
  readonly source: string;
  /** The JSON Schema 2020-12 its data must satisfy. */
  readonly schema: JsonSchema;
}

/**
 * The naming convention for namespaces a partner uses without registering them: a domain name the partner controls,
 * reversed, then a name of its choice (`th.go.aoc1441.hotline`, `com.example.fraud_scores`), so two partners never
 * pick the same one. At least two labels; registered namespaces have none (`gse`, `goaml`).
 */
export const PRIVATE_EXTENSION_NAMESPACE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
