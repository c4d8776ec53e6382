/** 1-based line and column (UTF-16 code units, the unit SARIF and most editors count by default). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Maps offsets in a text to lines and columns; the newline index is built on first use. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      let at = this.text.indexOf('\n');
      while (at !== -1) {
        starts.push(at + 1);
        at = this.text.indexOf('\n', at + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }

  locate(offset: number): LineColumn {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string | undefined {
    const starts = this.lineStarts();
    const start = starts[line - 1];
    if (start === undefined) return undefined;
    const next = starts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return this.text.slice(start, end);
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }
}

/** The offset recorded for `pointer`, or for its nearest recorded ancestor (a missing property points at its object). */
export function offsetOf(positions: ReadonlyMap<string, number>, pointer: string): number | undefined {
  let p = pointer;
  for (;;) {
    const at = positions.get(p);
    if (at !== undefined) return at;
    if (p === '') return undefined;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** `pointers` and every ancestor of each: what `offsetOf` may look up. */
export function withAncestors(pointers: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const pointer of pointers) {
    let p = pointer;
    while (!out.has(p)) {
      out.add(p);
      if (p === '') break;
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }
  return out;
}
