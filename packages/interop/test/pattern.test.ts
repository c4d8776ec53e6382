import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalityPattern, parsePattern, stixString, toStix } from '../src/index.js';
import { exampleFiles } from './fixtures.js';

describe('the STIX 2.1 pattern grammar', () => {
  // patterns written as STIX 2.1 §9 shows them: every comparison operator, qualifier and literal kind
  it.each([
    "[url:value = 'http://example.com/foo']",
    "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
    "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
    "[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32' OR ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128']",
    "[domain-name:value = 'example.com'] AND [file:size >= 1024] WITHIN 300 SECONDS",
    "([file:name = 'foo.dll'] AND [win-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) OR [process:name = 'fooproc' OR process:name = 'procfoo']",
    "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32'] REPEATS 5 TIMES WITHIN 1800 SECONDS",
    "[file:created > t'2016-01-01T00:00:00Z' AND file:created < t'2016-02-01T00:00:00.123Z']",
    "[file:hashes.MD5 = h'0102ff'] FOLLOWEDBY [artifact:payload_bin = b'dGVzdA==']",
    "[user-account:account_type NOT IN ('unix', 'windows-local') AND user-account:is_privileged = true]",
    "[x509-certificate:issuer = 'C=ZA, ST=Western Cape' AND x509-certificate:serial_number = '2']",
    "[windows-registry-key:values[0].data LIKE '%\\\\notepad.exe']",
    "[process:pid = -1] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
    "[network-traffic:src_port = 5.5 AND EXISTS network-traffic:extensions.'http-request-ext']",
    "[network-traffic:protocols ISSUBSET 'x' AND network-traffic:protocols ISSUPERSET 'y']",
  ])('parses %s', (pattern) => {
    const parsed = parsePattern(pattern);
    expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
  });

  it.each([
    ['', 'expected an observation'],
    ["url:value = 'x'", 'expected an observation'],
    ["[url:value = 'x'", 'expected "]"'],
    ["[url:value = 'x']]", 'unexpected text'],
    ["[url:value == 'x']", 'expected a literal'],
    ["[url:value = \"x\"]", 'unexpected character'],
    ["[url:value = 'it's']", 'unterminated'],
    ["[url:value = 'a\\nb']", 'escapes'],
    ["[url:value = 'x'] WITHIN 0 SECONDS", 'positive'],
    ["[url:value = 'x'] REPEATS 1.5 TIMES", 'positive integer'],
    ["[file:created > t'2016-13-01T00:00:00Z']", 'timestamp'],
    ["[file:hashes.MD5 = h'abc']", 'hex'],
    ["[url:value LIKE 5]", 'string literal'],
    ["[url:value > true]", 'booleans'],
    ["[:value = 'x']", 'object type'],
    ["[url: = 'x']", 'property name'],
    ["[url:value = 'x' AND]", 'object type'],
    ["[url:value = 'x'] AND", 'observation'],
    ["[url:value[x] = 'x']", 'list index'],
    ["[url:value = 'x'] WITHIN 5", 'expected SECONDS'],
  ])('rejects %j (%s)', (pattern, reason) => {
    const parsed = parsePattern(pattern);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(reason);
  });

  it('refuses hostile nesting without overflowing the stack', () => {
    const parsed = parsePattern(`${'('.repeat(10_000)}[url:value = 'x']${')'.repeat(10_000)}`);
    expect(parsed).toMatchObject({ ok: false, message: expect.stringContaining('deeper') });
  });

  it('a string literal round-trips any text, quotes and backslashes included', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (value) => {
        const parsed = parsePattern(equalityPattern('url', [['value', value]]));
        expect(parsed.ok).toBe(true);
        if (parsed.ok && parsed.pattern.kind === 'observation' && parsed.pattern.expression.kind === 'comparison') expect(parsed.pattern.expression.comparison.value).toBe(value);
        else throw new Error('not one comparison');
      }),
    );
    expect(stixString("it's \\ here")).toBe("'it\\'s \\\\ here'");
  });

  it('every pattern the exporter writes for examples/ parses', () => {
    const patterns = exampleFiles().flatMap((e) => toStix(e.records).bundle.objects.filter((o) => o.type === 'indicator').map((o) => String(o.pattern)));
    expect(patterns.length).toBeGreaterThan(50);
    for (const pattern of patterns) expect(parsePattern(pattern), pattern).toMatchObject({ ok: true });
  });
});
