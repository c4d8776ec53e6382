/** Escapes one reference token of an RFC 6901 JSON Pointer. */
export function escapeToken(token: string | number): string {
  const text = String(token);
  // nearly every key is a plain field name: skip the two regex passes unless there is something to escape
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

/** Builds a JSON Pointer from reference tokens. */
export function pointerOf(tokens: ReadonlyArray<string | number>): string {
  let out = '';
  for (const token of tokens) out += `/${escapeToken(token)}`;
  return out;
}

/** Splits a JSON Pointer into its reference tokens. */
export function tokensOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A pointer as a dotted field name for messages: `/observable/kind` → `observable.kind`, `/actions/0/at` → `actions[0].at`. */
export function fieldName(pointer: string): string {
  let out = '';
  for (const token of tokensOf(pointer)) out += /^\d+$/.test(token) ? `[${token}]` : out ? `.${token}` : token;
  return out || 'the record';
}

/** Resolves a JSON Pointer within a value; undefined when any step is missing. Own properties only. */
export function resolvePointer(value: unknown, pointer: string): unknown {
  let node = value;
  for (const token of tokensOf(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, token)) {
      node = (node as Record<string, unknown>)[token];
    } else return undefined;
  }
  return node;
}
