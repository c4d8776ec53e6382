import type { ReportProblem } from '../validate/check/types.js';
import { cellLabel } from '../../shared/sheets/label.js';

/** One line of stderr per problem: the file, then the cell as a person finds it. */
export function describeProblem(path: string, p: ReportProblem): string {
  const cell = cellLabel(p);
  return `${path}${cell ? `: ${cell}` : ''}: ${p.severity}: ${p.message} [${p.code}]\n`;
}

/** Prints problems to stderr, at most `limit` of them, and says how many more there were. */
export function problemPrinter(io: { stderr(text: string): void }, limit = 100): { print(path: string, p: ReportProblem): void; finish(): void } {
  let printed = 0;
  let more = 0;
  return {
    print(path, p) {
      if (printed < limit) {
        io.stderr(describeProblem(path, p));
        printed++;
      } else more++;
    },
    finish() {
      if (more > 0) io.stderr(`gpos: … and ${more} more problem${more === 1 ? '' : 's'} (gpos validate --format json lists them all)\n`);
    },
  };
}
