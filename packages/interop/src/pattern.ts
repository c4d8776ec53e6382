/**
 * STIX 2.1 patterning (STIX 2.1 §9): a parser for the whole grammar, used to check every pattern the exporter writes
 * and to read the patterns the importer is given. No maintained STIX pattern parser exists on npm, so this follows
 * the ANTLR grammar of the OASIS `cti-pattern-validator` (STIXPattern.g4) rule by rule.
 */

/** One comparison: `type:path op value`, as the importer reads it. */
export interface PatternComparison {
  readonly objectType: string;
  /** The object path after the colon, as written (`value`, `hashes.'SHA-256'`, `extensions.'x'.y[*]`). */
  readonly path: string;
  readonly operator: string;
  readonly negated: boolean;
  /** The literal's value: a string for strings, numbers, timestamps, hex and binary literals; a list for `IN`. */
  readonly value: string | boolean | number | ReadonlyArray<string | boolean | number> | null;
}

/** The parsed shape of a pattern, kept only as deep as the importer needs it. */
export type PatternNode =
  | { readonly kind: 'observation'; readonly expression: ComparisonNode }
  | { readonly kind: 'observations'; readonly operator: 'AND' | 'OR' | 'FOLLOWEDBY'; readonly operands: readonly PatternNode[] }
  | { readonly kind: 'qualified'; readonly qualifier: string; readonly operand: PatternNode };

export type ComparisonNode =
  | { readonly kind: 'comparison'; readonly comparison: PatternComparison }
  | { readonly kind: 'logical'; readonly operator: 'AND' | 'OR'; readonly operands: readonly ComparisonNode[] };

export type PatternParse = { readonly ok: true; readonly pattern: PatternNode } | { readonly ok: false; readonly offset: number; readonly message: string };

const MAX_PATTERN_LENGTH = 65_536;
const MAX_NESTING = 64;

type Token =
  | { t: 'punct'; v: string; at: number }
  | { t: 'word'; v: string; at: number }
  | { t: 'string'; v: string; at: number }
  | { t: 'number'; v: number; raw: string; at: number }
  | { t: 'ts'; v: string; at: number }
  | { t: 'hex'; v: string; at: number }
  | { t: 'bin'; v: string; at: number }
  | { t: 'end'; at: number };

class PatternError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

// STIX 2.1 §9.5: timestamps in patterns are RFC 3339 UTC with optional fractional seconds
const TIMESTAMP = /^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?Z$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const IDENT_WITHOUT_HYPHEN = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const IDENT_WITH_HYPHEN = /^[a-zA-Z_][a-zA-Z0-9_-]*$/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const at = i;
    const two = src.slice(i, i + 2);
    if (two === '!=' || two === '<=' || two === '>=' || two === '<>') {
      out.push({ t: 'punct', v: two === '<>' ? '!=' : two, at });
      i += 2;
      continue;
    }
    if ('[]():=<>,.*'.includes(c)) {
      // a digit right after a dot is not valid STIX (numbers start with a digit or sign), so '.' is always punctuation
      out.push({ t: 'punct', v: c, at });
      i++;
      continue;
    }
    if (c === "'" || ((c === 't' || c === 'h' || c === 'b') && src[i + 1] === "'")) {
      const prefix = c === "'" ? '' : c;
      let j = i + (prefix ? 2 : 1);
      let value = '';
      for (;;) {
        if (j >= src.length) throw new PatternError(at, 'unterminated string literal');
        const d = src[j]!;
        if (d === '\\') {
          const e = src[j + 1];
          if (e !== "'" && e !== '\\') throw new PatternError(j, "only \\' and \\\\ are escapes in a STIX string");
          value += e;
          j += 2;
          continue;
        }
        if (d === "'") break;
        value += d;
        j++;
      }
      i = j + 1;
      if (prefix === 't') {
        if (!TIMESTAMP.test(value)) throw new PatternError(at, `"${value}" is not an RFC 3339 UTC timestamp`);
        out.push({ t: 'ts', v: value, at });
      } else if (prefix === 'h') {
        if (!/^(?:[0-9a-fA-F]{2})*$/.test(value)) throw new PatternError(at, 'a hex literal takes pairs of hex digits');
        out.push({ t: 'hex', v: value, at });
      } else if (prefix === 'b') {
        if (!BASE64.test(value)) throw new PatternError(at, 'a binary literal takes base64');
        out.push({ t: 'bin', v: value, at });
      } else out.push({ t: 'string', v: value, at });
      continue;
    }
    const num = /^[+-]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?/.exec(src.slice(i));
    if (num && /[0-9+-]/.test(c)) {
      out.push({ t: 'number', v: Number(num[0]), raw: num[0], at });
      i += num[0].length;
      continue;
    }
    const word = /^[a-zA-Z_][a-zA-Z0-9_-]*/.exec(src.slice(i));
    if (word) {
      out.push({ t: 'word', v: word[0], at });
      i += word[0].length;
      continue;
    }
    throw new PatternError(at, `unexpected character "${c}"`);
  }
  out.push({ t: 'end', at: src.length });
  return out;
}

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'FOLLOWEDBY', 'LIKE', 'MATCHES', 'ISSUPERSET', 'ISSUBSET', 'EXISTS', 'LAST', 'IN', 'START', 'STOP', 'SECONDS', 'true', 'false', 'WITHIN', 'REPEATS', 'TIMES']);

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos]!;
  }
  private next(): Token {
    return this.tokens[this.pos++]!;
  }
  private isPunct(v: string): boolean {
    const t = this.peek();
    return t.t === 'punct' && t.v === v;
  }
  private isWord(v: string): boolean {
    const t = this.peek();
    return t.t === 'word' && t.v === v;
  }
  private expectPunct(v: string): void {
    const t = this.next();
    if (t.t !== 'punct' || t.v !== v) throw new PatternError(t.at, `expected "${v}"`);
  }
  private expectWord(v: string): void {
    const t = this.next();
    if (t.t !== 'word' || t.v !== v) throw new PatternError(t.at, `expected ${v}`);
  }
  private nest(at: number): void {
    if (++this.depth > MAX_NESTING) throw new PatternError(at, `the pattern nests deeper than ${MAX_NESTING} levels`);
  }

  parse(): PatternNode {
    const node = this.observationExpressions();
    const t = this.peek();
    if (t.t !== 'end') throw new PatternError(t.at, 'unexpected text after the pattern');
    return node;
  }

  // pattern: observationExpressions; FOLLOWEDBY binds loosest, then OR, then AND (STIXPattern.g4)
  private observationExpressions(): PatternNode {
    return this.observationBinary('FOLLOWEDBY', () => this.observationBinary('OR', () => this.observationBinary('AND', () => this.observationQualified())));
  }

  private observationBinary(operator: 'AND' | 'OR' | 'FOLLOWEDBY', operand: () => PatternNode): PatternNode {
    const operands = [operand()];
    while (this.isWord(operator)) {
      this.next();
      operands.push(operand());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'observations', operator, operands };
  }

  private observationQualified(): PatternNode {
    let node = this.observation();
    for (;;) {
      const t = this.peek();
      if (t.t !== 'word') return node;
      if (t.v === 'WITHIN') {
        this.next();
        const n = this.next();
        if (n.t !== 'number' || !(n.v > 0)) throw new PatternError(n.at, 'WITHIN takes a positive number of seconds');
        this.expectWord('SECONDS');
        node = { kind: 'qualified', qualifier: `WITHIN ${n.raw} SECONDS`, operand: node };
      } else if (t.v === 'REPEATS') {
        this.next();
        const n = this.next();
        if (n.t !== 'number' || !Number.isInteger(n.v) || n.v <= 0 || n.raw.startsWith('+')) throw new PatternError(n.at, 'REPEATS takes a positive integer');
        this.expectWord('TIMES');
        node = { kind: 'qualified', qualifier: `REPEATS ${n.raw} TIMES`, operand: node };
      } else if (t.v === 'START') {
        this.next();
        const start = this.next();
        if (start.t !== 'ts') throw new PatternError(start.at, "START takes a timestamp literal t'…'");
        this.expectWord('STOP');
        const stop = this.next();
        if (stop.t !== 'ts') throw new PatternError(stop.at, "STOP takes a timestamp literal t'…'");
        node = { kind: 'qualified', qualifier: `START t'${start.v}' STOP t'${stop.v}'`, operand: node };
      } else return node;
    }
  }

  private observation(): PatternNode {
    const t = this.peek();
    if (this.isPunct('(')) {
      this.nest(t.at);
      this.next();
      const inner = this.observationExpressions();
      this.expectPunct(')');
      this.depth--;
      return inner;
    }
    if (this.isPunct('[')) {
      this.next();
      const expression = this.comparisonOr();
      this.expectPunct(']');
      return { kind: 'observation', expression };
    }
    throw new PatternError(t.at, 'expected an observation expression "[…]"');
  }

  private comparisonOr(): ComparisonNode {
    const operands = [this.comparisonAnd()];
    while (this.isWord('OR')) {
      this.next();
      operands.push(this.comparisonAnd());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'logical', operator: 'OR', operands };
  }

  private comparisonAnd(): ComparisonNode {
    const operands = [this.propTest()];
    while (this.isWord('AND')) {
      this.next();
      operands.push(this.propTest());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'logical', operator: 'AND', operands };
  }

  private propTest(): ComparisonNode {
    const t = this.peek();
    if (this.isPunct('(')) {
      this.nest(t.at);
      this.next();
      const inner = this.comparisonOr();
      this.expectPunct(')');
      this.depth--;
      return inner;
    }
    if (this.isWord('EXISTS')) {
      this.next();
      const { objectType, path } = this.objectPath();
      return { kind: 'comparison', comparison: { objectType, path, operator: 'EXISTS', negated: false, value: null } };
    }
    const { objectType, path } = this.objectPath();
    let negated = false;
    if (this.isWord('NOT')) {
      this.next();
      negated = true;
    }
    const op = this.next();
    const operator = op.t === 'punct' && ['=', '!=', '<', '>', '<=', '>='].includes(op.v) ? op.v : op.t === 'word' && ['IN', 'LIKE', 'MATCHES', 'ISSUBSET', 'ISSUPERSET'].includes(op.v) ? op.v : undefined;
    if (!operator) throw new PatternError(op.at, 'expected a comparison operator (=, !=, <, >, <=, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)');
    let value: PatternComparison['value'];
    if (operator === 'IN') value = this.setLiteral();
    else {
      const lit = this.next();
      value = this.literalValue(lit);
      if (['LIKE', 'MATCHES', 'ISSUBSET', 'ISSUPERSET'].includes(operator) && lit.t !== 'string') throw new PatternError(lit.at, `${operator} takes a string literal`);
      if (['<', '>', '<=', '>='].includes(operator) && (lit.t === 'word' || typeof value === 'boolean')) throw new PatternError(lit.at, `${operator} does not compare booleans`);
    }
    return { kind: 'comparison', comparison: { objectType, path, operator, negated, value } };
  }

  private setLiteral(): Array<string | number | boolean> {
    this.expectPunct('(');
    const values: Array<string | number | boolean> = [];
    if (this.isPunct(')')) {
      this.next();
      return values;
    }
    for (;;) {
      values.push(this.literalValue(this.next()));
      if (this.isPunct(')')) {
        this.next();
        return values;
      }
      this.expectPunct(',');
    }
  }

  private literalValue(t: Token): string | number | boolean {
    switch (t.t) {
      case 'string':
      case 'ts':
      case 'hex':
      case 'bin':
        return t.v;
      case 'number':
        return t.v;
      case 'word':
        if (t.v === 'true' || t.v === 'false') return t.v === 'true';
        throw new PatternError(t.at, `expected a literal, found ${t.v}`);
      default:
        throw new PatternError(t.at, 'expected a literal');
    }
  }

  // objectPath: objectType ':' firstPathComponent objectPathComponent*
  private objectPath(): { objectType: string; path: string } {
    const type = this.next();
    if (type.t !== 'word' || !IDENT_WITH_HYPHEN.test(type.v) || KEYWORDS.has(type.v)) throw new PatternError(type.at, 'expected an object type such as url or domain-name');
    this.expectPunct(':');
    let path = this.pathComponent(true);
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        path += `.${this.pathComponent(false)}`;
      } else if (this.isPunct('[')) {
        this.next();
        const idx = this.next();
        if (idx.t === 'punct' && idx.v === '*') path += '[*]';
        else if (idx.t === 'number' && Number.isInteger(idx.v)) path += `[${idx.raw}]`;
        else throw new PatternError(idx.at, 'a list index is an integer or *');
        this.expectPunct(']');
      } else return { objectType: type.v, path };
    }
  }

  private pathComponent(first: boolean): string {
    const t = this.next();
    if (t.t === 'string') return `'${t.v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (t.t === 'word' && IDENT_WITHOUT_HYPHEN.test(t.v)) return t.v;
    throw new PatternError(t.at, first ? 'expected a property name after ":"' : 'expected a property name or a quoted key after "."');
  }
}

/** Parse a STIX 2.1 pattern. Never throws: a pattern that does not parse returns the offset and the reason. */
export function parsePattern(pattern: string): PatternParse {
  if (typeof pattern !== 'string') return { ok: false, offset: 0, message: 'a pattern is a string' };
  if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, offset: MAX_PATTERN_LENGTH, message: `the pattern is longer than ${MAX_PATTERN_LENGTH} characters` };
  try {
    return { ok: true, pattern: new Parser(tokenize(pattern)).parse() };
  } catch (error) {
    if (error instanceof PatternError) return { ok: false, offset: error.offset, message: error.message };
    throw error;
  }
}

/** A STIX string literal: single quotes, with `'` and `\` escaped. */
export function stixString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `[type:path = 'value' AND …]`: one observation whose comparisons all hold. */
export function equalityPattern(objectType: string, comparisons: ReadonlyArray<readonly [path: string, value: string]>): string {
  return `[${comparisons.map(([path, value]) => `${objectType}:${path} = ${stixString(value)}`).join(' AND ')}]`;
}
