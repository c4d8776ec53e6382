/*
 * The server stack (`gpos serve`: Fastify, PGlite, pg) and the spreadsheet stack (`.xlsx`/`.csv`: ExcelJS) are
 * optional peer dependencies, so that `npx @gpos/cli validate data/` installs neither — the way vitest treats
 * `@vitest/ui` or a coverage provider: installed by those who use the feature, named in a clear message when
 * missing. This is the one place that turns "module not found" into that message.
 */
import { CliError } from './errors.js';

/** A command needs an optional package that is not installed: exit status 2, with the command to install it. */
export class MissingPackage extends CliError {
  override readonly name = 'MissingPackage';
  constructor(
    readonly packageName: string,
    what: string,
  ) {
    super(`${what} needs ${packageName}, which is not installed; install it next to @gpos/cli: npm install --save-dev ${packageName}`, 'unavailable');
  }
}

/** The optional packages, and what needs each (the message says it). */
export const OPTIONAL = {
  '@gpos/tabular': 'reading and writing spreadsheets (.xlsx and .csv files)',
  '@gpos/server': 'gpos serve',
  ajv: 'loading extension schemas (gpos validate --extensions)',
} as const;

export type OptionalPackage = keyof typeof OPTIONAL;

function isMissing(error: unknown, name: string): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && typeof message === 'string' && message.includes(`'${name}'`);
}

/** Runs `load` (an import of a module built on `name`), turning a missing `name` into a MissingPackage. */
export async function needs<T>(name: OptionalPackage, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissing(error, name)) throw new MissingPackage(name, OPTIONAL[name]);
    throw error;
  }
}
