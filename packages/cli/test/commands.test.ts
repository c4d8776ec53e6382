import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from '../src/commands/index.js';
import { declarations } from '../src/main.js';
import { commandHelp, listedOptions, mainHelp, optionLabel, parseCommand } from '../src/shared/command.js';
import { CliError, EXIT, reportError } from '../src/shared/errors.js';
import { FAMILIES } from '../src/shared/sheets/families.js';
import { SCHEMA_IDS } from '@gpos/validate';
import { bin, gpos, indicator, ndjson, packageRoot, tempDir } from './helpers.js';

describe('each command is declared once, and the parser and the help come from the declaration', () => {
  it('prints exactly the help generated from the declarations', () => {
    expect(gpos(['--help']).stdout).toBe(mainHelp(COMMANDS));
    for (const command of COMMANDS) {
      const run = gpos([command.name, '--help']);
      expect(run.code, command.name).toBe(0);
      expect(run.stdout, command.name).toBe(commandHelp(command));
      for (const alias of command.aliases ?? []) expect(gpos([alias, '--help']).stdout).toBe(commandHelp(command));
    }
  });

  it('lists every option that is not hidden in the help, with its value, choices and default', () => {
    for (const command of COMMANDS) {
      const help = commandHelp(command);
      for (const [name, option] of listedOptions(command)) {
        expect(help, `${command.name} --${name}`).toContain(optionLabel(name, option).trim());
        for (const choice of option.choices ?? []) expect(help, `${command.name} --${name} ${choice}`).toContain(choice);
        if (option.default !== undefined) expect(help).toContain(option.default);
      }
    }
  });

  it('accepts every declared option and refuses any other, as usage errors (status 2)', () => {
    for (const command of COMMANDS) {
      for (const [name, option] of Object.entries(command.options)) {
        const value = option.type === 'string' ? [option.choices?.[0] ?? 'x'] : [];
        expect(() => parseCommand(command, [`--${name}`, ...value]), `${command.name} --${name}`).not.toThrow();
        if (option.short) expect(parseCommand(command, [`-${option.short}`, ...value]).values[name], `${command.name} -${option.short}`).toBeDefined();
      }
      expect(() => parseCommand(command, ['--no-such-option'])).toThrow(/Unknown option/);
    }
    const run = gpos(['normalize', '--no-such-option'], { input: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gpos: .+\nRun 'gpos normalize --help' for usage\.\n$/);
  });

  it('refuses a value outside an option\'s choices, naming them', () => {
    for (const command of COMMANDS) {
      for (const [name, option] of Object.entries(command.options)) {
        if (!option.choices) continue;
        expect(() => parseCommand(command, [`--${name}`, 'nonsense']), `${command.name} --${name}`).toThrow(new RegExp(`^--${name} must be .*${option.choices.at(-1)!.replace('+', '\\+')}, not 'nonsense'$`));
      }
    }
    const run = gpos(['verify', '--jwks', 'k.json', '--format', 'xml', 'b.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("gpos: --format must be text or json, not 'xml'\nRun 'gpos verify --help' for usage.\n");
  });

  it('names every command in the unknown-command message, and points at the main help', () => {
    const run = gpos(['frobnicate']);
    expect(run.code).toBe(2);
    for (const command of COMMANDS) expect(run.stderr).toContain(command.name);
    expect(run.stderr).toMatch(/\nRun 'gpos --help' for usage\.\n$/);
  });

  it('offers --family for exactly the record families of the standard', () => {
    expect([...FAMILIES].sort()).toEqual(Object.keys(SCHEMA_IDS).filter((name) => name !== 'bundle').sort());
  });

  it('reads another command\'s code from its own file, sharing the one error type with the binary', () => {
    expect(loads(['rules', '--format', 'json']).files).toEqual(['command-rules.cjs', 'errors.cjs']);
    // a usage error thrown in dist/command-explain.cjs is the binary's CliError: exit 2 and the command's help line
    const run = gpos(['explain', 'no_such_code']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gpos: unknown problem code 'no_such_code'.*\nRun 'gpos explain --help' for usage\.\n$/s);
  });

  it('reads the declaration of gpos validate alone for gpos validate, the same one every other run reads', async () => {
    const { COMMANDS: only, findCommand: find } = await declarations('validate');
    expect(only).toEqual([findCommand('validate')]);
    expect(find('validate')).toBe(findCommand('validate'));
    expect((await declarations('rules')).COMMANDS).toBe(COMMANDS);
  });

  it('finds a command by its name or an alias', () => {
    expect(findCommand('normalise')?.name).toBe('normalize');
    expect(findCommand('pseudonymize')?.name).toBe('pseudonymise');
    expect(findCommand('nope')).toBeUndefined();
  });

  it('loads no heavy stack before a command runs: help and --version load no package, and no ES module', () => {
    for (const args of [['--version'], ['--help'], ['validate', '--help'], ['serve', '--help']]) {
      const { packages, esm } = loads(args);
      expect(packages, args.join(' ')).toEqual([]);
      expect(esm, args.join(' ')).toEqual([]);
    }
  });

  it('validates one record loading only what that record needs (no public suffix list, phone metadata, hashes or Ajv for an IBAN), every package through its CommonJS build', () => {
    const t = tempDir();
    try {
      const iban = indicator(1, { tlp: 'amber', observable: { kind: 'iban', raw: 'GB82 WEST 1234 5698 7654 32', canonical: 'GB82WEST12345698765432' } });
      const { packages, esm, files } = loads(['validate', t.write('one.json', JSON.stringify(iban))]);
      // Node's ES module loader is never started: a require is about half the cost of an import
      expect(esm).toEqual([]);
      expect(packages).toEqual(['@gpos/normalize', '@gpos/schema/constants', '@gpos/validate', '@gpos/validate/json', '@gpos/validate/problem', 'canonicalize', 'ibantools']);
      // dist/bin.cjs carries `gpos validate`: of the binary's other files, only the one error type
      expect(files).toEqual(['errors.cjs']);
    } finally {
      t.cleanup();
    }
  });
});

/** The packages (bare requests outside Node's own modules) and the ES modules `gpos args` loads, from Node's debug log. */
function loads(args: string[]): { packages: string[]; esm: string[]; files: string[] } {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: packageRoot, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'module,esm' } });
  expect(run.status, run.stderr).toBe(0);
  const packages = new Set<string>();
  for (const m of run.stderr.matchAll(/Module\._load REQUEST (\S+) parent/g)) if (!isBuiltin(m[1]!) && !/^[.#]/.test(m[1]!)) packages.add(m[1]!);
  const esm = [...run.stderr.matchAll(/Storing (\S+)/g)].map((m) => m[1]!);
  // the binary's own files beside dist/bin.cjs
  const files = new Set([...run.stderr.matchAll(/Module\._load REQUEST \.\/([\w-]+\.cjs) parent/g)].map((m) => m[1]!).filter((name) => existsSync(join(packageRoot, 'dist', name))));
  return { packages: [...packages].sort(), esm, files: [...files].sort() };
}

describe('one error type, mapped to exit statuses in one place', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), stdoutIsTty: false, stderrIsTty: false } };
  };

  it('gives usage and unavailable errors status 2 and invalid input status 1, each in one line', () => {
    expect(EXIT).toEqual({ ok: 0, invalid: 1, failure: 2 });
    for (const [error, status, text] of [
      [CliError.usage('give a path'), 2, "gpos: give a path\nRun 'gpos validate --help' for usage.\n"],
      [new CliError('cannot read k.json: no such file or folder'), 2, 'gpos: cannot read k.json: no such file or folder\n'],
      [new CliError('x.json:1:2: not JSON; nothing was written', 'invalid'), 1, 'gpos: x.json:1:2: not JSON; nothing was written\n'],
    ] as const) {
      const { out, io: sink } = io();
      expect(reportError(error, 'validate', sink)).toBe(status);
      expect(out).toEqual({ stdout: '', stderr: text });
    }
  });

  it('leaves anything else to the internal-failure report', () => {
    const { out, io: sink } = io();
    expect(reportError(new TypeError('bug'), 'validate', sink)).toBeUndefined();
    expect(out.stderr).toBe('');
  });
});

describe('--follow-symlinks on every command that walks folders', () => {
  const t = tempDir();
  const walkers = COMMANDS.filter((c) => 'follow-symlinks' in c.options).map((c) => c.name);
  beforeAll(() => {
    t.write('outside/secret.ndjson', ndjson([indicator(7)]));
    t.write('data/feed.ndjson', ndjson([indicator(1)]));
    t.write('signed/readme.txt', 'nothing');
    symlinkSync(join(t.dir, 'outside'), join(t.dir, 'data', 'linked'));
    const keygen = gpos(['keygen', '--kid', 'k-2026', '--private', 'k.jwk.json', '--public', 'keys.jwks.json'], { cwd: t.dir });
    expect(keygen.code, keygen.stderr).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('is declared by validate, convert, export, import, normalize, pseudonymise, redact and verify', () => {
    expect(walkers).toEqual(['validate', 'convert', 'export', 'import', 'normalize', 'pseudonymise', 'redact', 'verify']);
  });

  it('skips a link out of a walked folder with a note, and follows it when asked (normalize)', () => {
    const skipped = gpos(['normalize', 'data'], { cwd: t.dir });
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stderr).toMatch(/skipped data\/linked: .*--follow-symlinks/);
    expect(skipped.stdout).not.toContain(String(indicator(7).id));
    const followed = gpos(['normalize', '--follow-symlinks', 'data'], { cwd: t.dir });
    expect(followed.code, followed.stderr).toBe(0);
    expect(followed.stdout).toContain(String(indicator(7).id));
  });

  it('does the same for export', () => {
    const skipped = gpos(['export', '--to', 'stix', 'data'], { cwd: t.dir });
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stderr).toMatch(/skipped data\/linked/);
    expect(skipped.stdout).not.toContain('0192f0c4-7a1e-7c3b-9d2e-000000000007');
    const followed = gpos(['export', '--to', 'stix', '--follow-symlinks', 'data'], { cwd: t.dir });
    expect(followed.stdout).toContain('0192f0c4-7a1e-7c3b-9d2e-000000000007');
  });

  it('does the same for verify', () => {
    const skipped = gpos(['verify', '--jwks', 'keys.jwks.json', 'data'], { cwd: t.dir });
    expect(skipped.stderr).toMatch(/skipped data\/linked/);
    expect(skipped.stdout).not.toContain('secret.ndjson');
    const followed = gpos(['verify', '--jwks', 'keys.jwks.json', '--follow-symlinks', 'data'], { cwd: t.dir });
    expect(followed.stdout).toContain('secret.ndjson');
  });
});
