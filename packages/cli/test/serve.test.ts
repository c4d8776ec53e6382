import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJWK, SignJWT, type JWK } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE, bin, gpos, pretty, tempDir } from './helpers.js';

// gpos serve, run as users run it: the built binary, on a random loopback port, stopped with SIGTERM.

const t = tempDir();
const running: ChildProcess[] = [];
afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  t.cleanup();
});

function serve(args: string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { cwd: t.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(err);
      if (match) resolve({ child, url: match[1]!, stderr: () => err, exited });
    });
    void exited.then((code) => reject(new Error(`gpos serve exited with ${code}: ${err}`)));
  });
}

describe('gpos serve', () => {
  it('starts with no set-up (PGlite in ./gpos-exchange-data), answers, and stops cleanly on SIGTERM', async () => {
    const server = await serve([]);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, checking: 0 }); // an idle exchange has no bundle being checked
    expect(server.stderr()).toContain('no partners');
    expect((await fetch(`${server.url}/v1/feed`)).status).toBe(401);
    expect(existsSync(join(t.dir, 'gpos-exchange-data'))).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 60_000);

  it('lets two partners exchange a bundle signed with gpos keygen and gpos sign', async () => {
    expect(gpos(['keygen', '--kid', 'aoc-2026-01'], { cwd: t.dir }).code).toBe(0);
    t.write('bundle.json', pretty({ ...BUNDLE, tlp: 'green' }));
    expect(gpos(['sign', '--key', 'aoc-2026-01.private.jwk.json', '--output', 'signed.json', 'bundle.json'], { cwd: t.dir }).code).toBe(0);
    t.write(
      'partners.json',
      JSON.stringify([
        { org: 'TH-GOV:aoc1441', token: 'aoc-0123456789abcdef', clearance: 'amber', jwks: 'aoc-2026-01.jwks.json' },
        { org: 'TH-BANK:004', token: 'bank-0123456789abcdef', clearance: 'amber', keys: [] },
      ]),
    );
    const server = await serve(['--partners', 'partners.json', '--memory']);
    try {
      expect(server.stderr()).toContain('2 partners, PGlite in memory');
      const published = await fetch(`${server.url}/v1/bundles`, {
        method: 'POST',
        headers: { authorization: 'Bearer aoc-0123456789abcdef', 'content-type': 'application/json' },
        body: readFileSync(join(t.dir, 'signed.json')),
      });
      expect(published.status).toBe(201);
      expect(await published.json()).toMatchObject({ bundle_id: BUNDLE.id, duplicate: false, records: 2, signed_by: 'aoc-2026-01' });
      const feed = (await (await fetch(`${server.url}/v1/feed`, { headers: { authorization: 'Bearer bank-0123456789abcdef' } })).json()) as { items: { event: { data: { bundle: { id: string } } } }[] };
      expect(feed.items.map((i) => i.event.data.bundle.id)).toEqual([BUNDLE.id]);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 60_000);

  it('accepts partner JWTs addressed to the --jwt-audience it is given, and only those', async () => {
    expect(gpos(['keygen', '--kid', 'bank-2026-01', '--private', 'bank.private.jwk.json', '--public', 'bank.jwks.json'], { cwd: t.dir }).code).toBe(0);
    t.write('jwt-partners.json', JSON.stringify([{ org: 'TH-BANK:004', token: 'bank-0123456789abcdef', clearance: 'amber', jwks: 'bank.jwks.json' }]));
    const privateJwk = JSON.parse(readFileSync(join(t.dir, 'bank.private.jwk.json'), 'utf8')) as JWK;
    const key = await importJWK(privateJwk, 'EdDSA');
    const token = (aud: string) =>
      new SignJWT({}).setProtectedHeader({ alg: 'EdDSA', kid: 'bank-2026-01' }).setIssuer('TH-BANK:004').setAudience(aud).setIssuedAt().setExpirationTime('2m').sign(key);
    const server = await serve(['--partners', 'jwt-partners.json', '--memory', '--jwt-audience', 'https://exchange.gpos.example']);
    try {
      const feed = (jwt: string) => fetch(`${server.url}/v1/feed`, { headers: { authorization: `Bearer ${jwt}` } });
      expect((await feed(await token('https://exchange.gpos.example'))).status).toBe(200);
      expect((await feed(await token(server.url))).status).toBe(401);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 60_000);

  it('explains itself and refuses contradictory options', () => {
    const help = gpos(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: gpos serve');
    expect(gpos(['--help']).stdout).toContain('gpos serve');
    const both = gpos(['serve', '--memory', '--data-dir', 'x']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
    expect(gpos(['serve', '--port', 'eighty']).code).toBe(2);
  });
});
