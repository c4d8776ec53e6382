import { EXTENSIONS } from '@gpos/schema/constants';
import { schemaValidator } from '../chunks.js';
import { EXTENSION_SCHEMA_IDS } from '../generated/schema-ids.js';
import type { SchemaValidateFunction } from '../generated/schema-validators.js';
import { schemaProblems } from '../schema-messages.js';

/** Checks the data of one extension namespace; returns what is wrong (pointers relative to the data), empty when valid. */
export type ExtensionValidator = (data: unknown) => readonly { pointer: string; message: string }[];

/** Extension namespaces and the validator of each: the standard's registry, or a partner's own local schemas. */
export type ExtensionRegistry = ReadonlyMap<string, ExtensionValidator>;

/** An extension validator from a compiled JSON Schema check (Ajv's shape), reporting as the record's schema checks do. */
export function extensionValidator(check: SchemaValidateFunction, schemaId: string): ExtensionValidator {
  return (data) => (check(data) ? [] : schemaProblems(check.errors ?? [], data, schemaId).map(({ pointer, message }) => ({ pointer, message })));
}

const exportName = (namespace: string) => `validateExtension${namespace[0]!.toUpperCase()}${namespace.slice(1).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`;

/**
 * The extension namespaces registered with the standard (schemas/extensions/), each checked by its schema
 * precompiled into this package: nothing is fetched or compiled at run time. The checks live in the `extensions`
 * chunk, loaded the first time a record carries a registered extension (src/chunks.ts).
 */
export const EXTENSION_REGISTRY: ExtensionRegistry = new Map(
  EXTENSIONS.map(({ namespace }) => {
    const schemaId = (EXTENSION_SCHEMA_IDS as Record<string, string>)[namespace]!;
    let validator: ExtensionValidator | undefined;
    const lazy: ExtensionValidator = (data) => {
      if (!validator) {
        const check = schemaValidator('extensions', exportName(namespace));
        // the browser entry loads the chunk and runs again; a Node or bundled build always has it
        if (!check) return [];
        validator = extensionValidator(check, schemaId);
      }
      return validator(data);
    };
    return [namespace, lazy] as const;
  }),
);

/** The record families each registered namespace may appear on. */
export const EXTENSION_RECORDS: ReadonlyMap<string, readonly string[]> = new Map(EXTENSIONS.map((e) => [e.namespace, e.records]));
