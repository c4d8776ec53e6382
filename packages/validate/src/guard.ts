/**
 * The deepest nesting accepted. Real records nest fewer than 12 levels; the limit keeps every recursive
 * walker (ours and the generated schema code) far from the engine's stack limit whatever the input.
 */
export const MAX_DEPTH = 64;

/**
 * The longest string accepted anywhere, keys included. No field of the standard allows more than 100 000
 * characters; far longer strings can exhaust the regular-expression engine's stack in pattern checks.
 */
export const MAX_STRING_LENGTH = 1_048_576;

/** What makes a value unsafe to check: a pointer to the first value nested too deep, or to the first string too long. */
export interface Hazard {
  readonly kind: 'too_deep' | 'too_long';
  readonly pointer: string;
  readonly length?: number;
}

/** The pointer to the first value nested deeper than `limit`, or undefined. */
export function tooDeep(value: unknown, limit = MAX_DEPTH): string | undefined {
  const hazard = findHazard(value, limit);
  return hazard?.kind === 'too_deep' ? hazard.pointer : undefined;
}

/** The first hazard in a value (nesting deeper than `limit`, or a string or key longer than MAX_STRING_LENGTH), or undefined. */
export function findHazard(value: unknown, limit = MAX_DEPTH): Hazard | undefined {
  if (typeof value === 'string') return value.length > MAX_STRING_LENGTH ? { kind: 'too_long', pointer: '', length: value.length } : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const found = scan(value, 0, limit);
  if (!found) return undefined;
  const pointer = found.tokens.reverse().map((t) => `/${escape(t)}`).join('');
  return found.length === undefined ? { kind: found.kind, pointer } : { kind: found.kind, pointer, length: found.length };
}

interface Found {
  kind: Hazard['kind'];
  tokens: Array<string | number>;
  length?: number;
}

/**
 * Recursion is safe here: it stops at `limit` levels, far below any engine's stack size. Tokens are
 * collected on the way back up, so nothing is allocated unless a hazard is found.
 */
function scan(node: object, depth: number, limit: number): Found | undefined {
  if (depth >= limit) return { kind: 'too_deep', tokens: [] };
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const found = child(node[i], depth, limit);
      if (found) {
        found.tokens.push(i);
        return found;
      }
    }
    return undefined;
  }
  for (const key in node) {
    if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
    if (key.length > MAX_STRING_LENGTH) return { kind: 'too_long', tokens: [], length: key.length };
    const found = child((node as Record<string, unknown>)[key], depth, limit);
    if (found) {
      found.tokens.push(key);
      return found;
    }
  }
  return undefined;
}

function child(value: unknown, depth: number, limit: number): Found | undefined {
  if (typeof value === 'string') return value.length > MAX_STRING_LENGTH ? { kind: 'too_long', tokens: [], length: value.length } : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  return scan(value, depth + 1, limit);
}

const escape = (key: string | number) => (typeof key === 'number' ? String(key) : key.replace(/~/g, '~0').replace(/\//g, '~1'));
