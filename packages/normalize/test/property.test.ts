import fc from 'fast-check';
import { getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { isCanonical, normalize, observableId, refang, toChecksumAddress } from '../src/index.js';
import { KIND_NORMALIZERS } from '../src/kinds/index.js';
import { classifyHost, parseHost } from '../src/kinds/host.js';

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('example', 'co.th', 'com', 'net')).map(([labels, tld]) => `${labels.join('.')}.${tld}`);
const mixCase = (s: string, mask: boolean[]) => [...s].map((c, i) => (mask[i % mask.length] ? c.toUpperCase() : c)).join('');

describe('normalisers are idempotent and case-blind where the kind is', () => {
  it('host names: any casing, trailing dot or defanging gives the same canonical, which is a fixed point', () => {
    fc.assert(fc.property(host, fc.array(fc.boolean(), { minLength: 1 }), (name, mask) => {
      const result = normalize('hostname', `${mixCase(name, mask).replaceAll('.', '[.]')}.`);
      expect(result.ok && result.canonical).toBe(name);
      expect(isCanonical('hostname', name)).toBe(true);
    }));
  });

  it('Thai mobile numbers in any common spelling give one E.164 value', () => {
    fc.assert(fc.property(fc.constantFrom('6', '8', '9'), fc.stringMatching(/^[0-9]{8}$/), fc.constantFrom('-', ' ', ''), (lead, rest, sep) => {
      const national = `0${lead}${rest}`;
      const a = normalize('phone_number', `${national.slice(0, 3)}${sep}${national.slice(3, 6)}${sep}${national.slice(6)}`, { defaultRegion: 'TH' });
      const b = normalize('phone_number', `+66 ${national.slice(1)}`);
      expect(a.ok).toBe(b.ok);
      if (a.ok && b.ok) {
        expect(a.canonical).toBe(b.canonical);
        expect(isCanonical('phone_number', a.canonical)).toBe(true);
      }
    }));
  });

  it('EVM addresses: any casing of the hex gives the EIP-55 form; a checksum-valid input is kept', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9a-f]{40}$/), (hex) => {
      const checksummed = toChecksumAddress(hex);
      const result = normalize('crypto_address', `0x${hex}`);
      expect(result.ok && result.canonical).toBe(`eip155:1:${checksummed}`);
      expect(isCanonical('crypto_address', `eip155:1:${checksummed}`)).toBe(true);
    }));
  });

  it('every successful result is a fixed point of its own kind, and its id is stable', () => {
    const kinds = ['url', 'hostname', 'domain', 'email_address', 'message_template', 'file'] as const;
    fc.assert(fc.property(fc.constantFrom(...kinds), fc.string({ maxLength: 80 }), host, (kind, noise, name) => {
      const raw = kind === 'email_address' ? `${noise.replace(/[^a-z]/gi, '') || 'x'}@${name}` : kind === 'url' ? `https://${name}/${encodeURIComponent(noise)}` : kind === 'file' ? noise : kind === 'message_template' ? noise : name;
      const result = normalize(kind, raw);
      if (!result.ok) return;
      const again = normalize(kind, result.canonical);
      expect(again.ok && again.canonical).toBe(result.canonical);
      expect(observableId(kind, result.canonical)).toBe(observableId(kind, again.ok ? again.canonical : ''));
    }));
  });

  it('every kind: a successful result is a fixed point, read without options', () => {
    // the validator relies on this: when raw normalises to the canonical, the canonical is not normalised again
    const piece = fc.constantFrom('+66', '081', '234', '5678', '0x', 'de0B295669a9FD93d5F28D9Ec85E40f4cb697BAe', 'bc1', 'qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'GB82', 'WEST', '1234', '5698', '7654', '32', '4111', '1111', ' ', '-', '.', ':', '/', '@', '[.]', 'hxxps://', 'Bad-Bank', 'example', 'co.th', 'eip155:1:', 'promptpay:', 'user', '_', 'A', 'z', '9');
    fc.assert(fc.property(fc.constantFrom(...Object.keys(KIND_NORMALIZERS)), fc.array(piece, { maxLength: 10 }).map((parts) => parts.join('')), fc.constantFrom({}, { defaultRegion: 'TH' as const }), (kind, raw, options) => {
      const result = normalize(kind, raw, options);
      if (!result.ok) return;
      const again = normalize(kind, result.canonical);
      expect(again.ok && again.canonical).toBe(result.canonical);
    }), { numRuns: 20_000 });
  });

  it('refang gives what its seven passes give run one after another, unguarded', () => {
    const passes: Array<[RegExp, string]> = [
      [/\bh(?:xx|\*\*|XX)p(s?)(?=\[?:)/g, 'http$1'],
      [/\bfxp(?=\[?:)/gi, 'ftp'],
      [/[[({]\s*(?:\.|dot)\s*[\])}]/gi, '.'],
      [/[[({]\s*(?:@|at)\s*[\])}]/gi, '@'],
      [/[[({]\s*:\s*[\])}]/g, ':'],
      [/[[({]\s*:\/\/\s*[\])}]/g, '://'],
      [/[[({]\s*\/\s*[\])}]/g, '/'],
    ];
    const unguarded = (text: string) => passes.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
    const piece = fc.constantFrom('[', ']', '(', ')', '{', '}', '.', 'dot', 'DOT', 'at', 'AT', '@', ':', '/', '//', ' ', 'hxxp', 'hXXp', 'h**p', 'HXXP', 'fxp', 'FXP', 's', 'a', 'd', 'x', 'example');
    fc.assert(fc.property(fc.array(piece, { maxLength: 25 }).map((parts) => parts.join('')), (text) => refang(text) === unguarded(text)), { numRuns: 20_000 });
  });

  // parseHost as it was before its shortcuts, for names with nothing to refang
  const viaUrl = (input: string) => {
    let text = input.trim();
    if (text.endsWith('.')) text = text.slice(0, -1);
    if (!text) return { code: 'invalid_host', reason: 'it is not a host name' };
    if (text.endsWith('.')) return { code: 'invalid_host', reason: 'a label is empty (two dots in a row, or a leading dot)' };
    let hostname: string;
    try {
      hostname = new URL(`http://${text}`).hostname;
    } catch {
      return { code: 'invalid_host', reason: 'it is not a valid host name (IDNA)' };
    }
    return classifyHost(hostname);
  };

  it('a plain ASCII host name is read as the WHATWG URL parser reads it', () => {
    // parseHost skips the URL parser for names of ASCII letters, digits and hyphens: the answer must not change
    const label = fc.constantFrom('a', 'A', 'z', 'Z', 'x', 'n', 'N', 'xn--', 'XN--', '0', '9', '1', '0x', '0X', 'f', '-', 'bad', 'Bank', 'com', 'co', 'uk', 'th', 'in', 'ip');
    const name = fc.array(fc.array(label, { minLength: 0, maxLength: 4 }).map((parts) => parts.join('')), { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
    fc.assert(
      fc.property(name, (text) => {
        expect(parseHost(text)).toEqual(viaUrl(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('a host name defanged with [.] is read as its refanged text is read by the WHATWG URL parser', () => {
    // parseHost undoes `[.]` itself for names of ASCII letters, digits and hyphens, without refang's passes: the
    // answer must be the long way's — refang, the host-character check, then the URL parser
    const longWay = (input: string) => {
      const text = refang(input.trim());
      const bare = text.endsWith('.') ? text.slice(0, -1) : text;
      if (bare && !/^[^\s/?#@:\\[\]<>"'`%]+$/.test(bare)) return { code: 'invalid_host', reason: 'it is not a host name' };
      return viaUrl(text);
    };
    const label = fc.constantFrom('a', 'A', 'Z', 'x', 'xn--', 'XN--', '0', '9', '0x', '-', 'bad', 'Bank', 'hxxp', 'fxp', 'h**p', 'com', 'co', 'uk', 'th', 'ip', '[', ']', '(');
    const dot = fc.constantFrom('.', '[.]', '[.]', '[dot]', '(.)', '[ . ]');
    const name = fc
      .tuple(fc.array(fc.tuple(fc.array(label, { minLength: 0, maxLength: 3 }).map((parts) => parts.join('')), dot), { minLength: 1, maxLength: 4 }), fc.array(label, { maxLength: 3 }), fc.constantFrom('', '', '.', '[.]', ' '))
      .map(([labels, last, end]) => `${labels.map(([l, d]) => l + d).join('')}${last.join('')}${end}`);
    fc.assert(
      fc.property(name, (text) => {
        expect(parseHost(text)).toEqual(longWay(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('refang leaves ordinary text alone', () => {
    fc.assert(fc.property(fc.string().filter((s) => !/[[({]/.test(s) && !/h(xx|\*\*|XX)p/i.test(s) && !/fxp/i.test(s)), (s) => {
      expect(refang(s)).toBe(s);
    }));
  });
});

describe('official vectors', () => {
  it('EIP-55 checksums from the EIP', () => {
    for (const address of ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']) {
      expect(toChecksumAddress(address.slice(2))).toBe(address);
    }
  });
  it('BIP-173 and BIP-350 mainnet addresses', () => {
    for (const address of ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0']) {
      expect(normalize('crypto_address', address)).toMatchObject({ ok: true });
    }
    // BIP-350: a v1+ program with a Bech32 (not Bech32m) checksum is invalid.
    expect(normalize('crypto_address', 'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx')).toMatchObject({ ok: false });
  });
  it('ISO 13616 example IBANs', () => {
    for (const iban of ['DE89 3704 0044 0532 0130 00', 'FR14 2004 1010 0505 0001 3M02 606']) expect(normalize('iban', iban)).toMatchObject({ ok: true });
  });
});

describe('libphonenumber example numbers', () => {
  // the example mobile number of each founding and partner country, in national format with its region
  const REGIONS = ['TH', 'BD', 'NP', 'PE', 'AE', 'US', 'GB', 'SG', 'KH', 'MM', 'PH', 'VN', 'MY', 'ID', 'IN', 'AU'] as const;
  it.each(REGIONS)('%s: the national example normalises to its E.164 form', (region) => {
    const example = getExampleNumber(region, examples);
    expect(example).toBeDefined();
    const result = normalize('phone_number', example!.formatNational(), { defaultRegion: region });
    expect(result).toMatchObject({ ok: true, canonical: example!.number, attributes: { country: region } });
    expect(normalize('phone_number', example!.formatInternational())).toMatchObject({ ok: true, canonical: example!.number });
  });
});
