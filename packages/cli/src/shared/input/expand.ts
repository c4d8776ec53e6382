import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { visible } from '../escape.js';
import { readErrorMessage } from '../errors.js';
import { jsonTooLarge, MAX_JSON_BYTES } from './limits.js';

export type InputKind = 'json' | 'ndjson' | 'xlsx' | 'csv';

export interface Source {
  /** The path as reported: relative to the working directory when inside it, with forward slashes. */
  readonly path: string;
  /** Absolute path to read, or undefined for standard input. */
  readonly file?: string;
  readonly kind: InputKind | 'auto';
  readonly size: number;
}

export interface Expansion {
  readonly sources: Source[];
  /** Paths that could not be read or matched nothing: each makes the run exit with status 2. */
  readonly failures: Array<{ path: string; reason: string }>;
  /** Things skipped on purpose, worth a line on stderr. */
  readonly notes: string[];
}

export interface ExpandOptions {
  /**
   * Follow symbolic links that lead out of a folder being walked (or, for a glob, out of the working folder).
   * Off by default: a link in a data folder must not make `gpos` read `/etc/shadow` or walk the whole machine.
   * Paths named on the command line are always followed: the user chose them.
   */
  readonly followSymlinks?: boolean;
}

/** True when `path` is `root` or below it (both real paths). */
const within = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);

const DATA_EXTENSIONS = new Set(['.json', '.ndjson', '.jsonl', '.xlsx', '.csv']);
const GLOB_CHARS = /[*?[\]{}]/;

export function kindOf(path: string): InputKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.csv') return ext.slice(1) as 'xlsx' | 'csv';
  return ext === '.ndjson' || ext === '.jsonl' ? 'ndjson' : 'json';
}

/**
 * A path as every report and message shows it. Control characters are escaped here, once, so a crafted file
 * name cannot drive a terminal or forge a line in any output (`\u000A` for a line break in the name).
 */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' ? '.' : rel.startsWith('..') || resolve(rel) !== absolute ? absolute : rel;
  return visible(sep === '/' ? shown : shown.split(sep).join('/'));
}

/** Expands the command line's paths into files, in a stable order; stdin is `-`. */
export async function expand(args: readonly string[], cwd = process.cwd(), options: ExpandOptions = {}): Promise<Expansion> {
  const sources: Source[] = [];
  const failures: Array<{ path: string; reason: string }> = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  let stdinTaken = false;

  const addFile = (absolute: string, stats: Stats): void => {
    let key = absolute;
    try {
      key = realpathSync(absolute);
    } catch {
      // keep the path as given
    }
    if (seen.has(key)) return;
    seen.add(key);
    const kind = kindOf(absolute);
    // refused before anything is read: the size is known from the file system
    if (kind === 'json' && stats.size > MAX_JSON_BYTES) {
      failures.push({ path: displayPath(absolute, cwd), reason: jsonTooLarge(stats.size) });
      return;
    }
    sources.push({ path: displayPath(absolute, cwd), file: absolute, kind, size: stats.size });
  };

  /** Why a link is not followed, or undefined to follow it. */
  const outOf = (link: string, rootReal: string, rootShown: string): string | undefined => {
    if (options.followSymlinks) return undefined;
    let target: string;
    try {
      target = realpathSync(link);
    } catch {
      return undefined; // dangling or looping: reported as unreadable below, as before
    }
    return within(rootReal, target) ? undefined : `a symbolic link out of ${rootShown} (--follow-symlinks follows it)`;
  };

  const walk = (root: string): void => {
    let rootReal = root;
    try {
      rootReal = realpathSync(root);
    } catch {
      // unreadable: reported when listed below
    }
    const rootShown = displayPath(root, cwd);
    const visited = new Set<string>();
    const stack = [root];
    while (stack.length) {
      const dir = stack.pop()!;
      let real: string;
      let names: string[];
      try {
        real = realpathSync(dir);
        names = readdirSync(dir);
      } catch (error) {
        failures.push({ path: displayPath(dir, cwd), reason: readErrorMessage(error) });
        continue;
      }
      if (visited.has(real)) {
        notes.push(`skipped ${displayPath(dir, cwd)}: already visited through a symbolic link (a folder loop)`);
        continue;
      }
      visited.add(real);
      names.sort();
      const subdirs: string[] = [];
      for (const name of names) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const full = join(dir, name);
        let stats: Stats;
        try {
          if (lstatSync(full).isSymbolicLink()) {
            const why = outOf(full, rootReal, rootShown);
            if (why !== undefined) {
              notes.push(`skipped ${displayPath(full, cwd)}: ${why}`);
              continue;
            }
          }
          stats = statSync(full);
        } catch (error) {
          // a dangling or looping link among data files is worth failing on only if it looks like data
          if (DATA_EXTENSIONS.has(extname(name).toLowerCase())) failures.push({ path: displayPath(full, cwd), reason: readErrorMessage(error) });
          else notes.push(`skipped ${displayPath(full, cwd)}: ${readErrorMessage(error)}`);
          continue;
        }
        if (stats.isDirectory()) subdirs.push(full);
        else if (DATA_EXTENSIONS.has(extname(name).toLowerCase())) {
          if (stats.isFile()) addFile(full, stats);
          else notes.push(`skipped ${displayPath(full, cwd)}: not a regular file`);
        }
      }
      // depth-first in name order: push in reverse so the first name is visited first
      for (let k = subdirs.length - 1; k >= 0; k--) stack.push(subdirs[k]!);
    }
  };

  for (const arg of args) {
    if (arg === '-') {
      if (!stdinTaken) sources.push({ path: '<stdin>', kind: 'auto', size: 0 });
      stdinTaken = true;
      continue;
    }
    const absolute = resolve(cwd, arg);
    let stats: Stats | undefined;
    try {
      stats = statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && GLOB_CHARS.test(arg)) {
        const { glob } = await import('tinyglobby');
        const follow = options.followSymlinks ?? false;
        const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: follow, ignore: ['**/node_modules/**'] });
        if (matches.length === 0) failures.push({ path: arg, reason: 'no files match this pattern' });
        const cwdReal = realpathSync(cwd);
        for (const match of matches.sort()) {
          try {
            const why = lstatSync(match).isSymbolicLink() ? outOf(match, cwdReal, displayPath(cwd, cwd)) : undefined;
            if (why !== undefined) {
              notes.push(`skipped ${displayPath(match, cwd)}: ${why}`);
              continue;
            }
            addFile(resolve(match), statSync(match));
          } catch (e) {
            failures.push({ path: displayPath(match, cwd), reason: readErrorMessage(e) });
          }
        }
        continue;
      }
      failures.push({ path: arg, reason: readErrorMessage(error) });
      continue;
    }
    if (stats.isDirectory()) {
      const before = sources.length;
      walk(absolute);
      // like a glob that matches nothing: a CI job pointed at the wrong folder must not pass silently
      if (sources.length === before && !failures.some((f) => f.path.startsWith(displayPath(absolute, cwd)))) {
        failures.push({ path: displayPath(absolute, cwd), reason: 'no .json, .ndjson, .jsonl, .csv or .xlsx files in this folder' });
      }
    } else addFile(absolute, stats);
  }
  return { sources, failures, notes };
}
