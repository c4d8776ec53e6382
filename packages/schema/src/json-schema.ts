/** A JSON Schema 2020-12 document or subschema, as plain data. */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
}
