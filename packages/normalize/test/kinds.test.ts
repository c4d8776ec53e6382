import { describe, expect, it } from 'vitest';
import { isCanonical, normalize, type NormalizeOptions } from '../src/index.js';

type Row = [raw: string, canonical: string, options?: NormalizeOptions];
type Bad = [raw: string, code: string, options?: NormalizeOptions];

/** Per kind: values and the canonical form they must normalise to, then values that must be refused. */
const KINDS: Record<string, { good: Row[]; bad: Bad[] }> = {
  url: {
    good: [
      ['hxxps://Bad-Bank[.]example/Login', 'https://bad-bank.example/Login'],
      ['HTTP://user:pw@Bad.example:80/a/../b/%7Euser?#frag', 'http://bad.example/b/~user'],
      ['bad.example/pay', 'http://bad.example/pay'],
      ['https://ธนาคาร.example/เข้าสู่ระบบ', 'https://xn--42c3bd5b5db.example/%E0%B9%80%E0%B8%82%E0%B9%89%E0%B8%B2%E0%B8%AA%E0%B8%B9%E0%B9%88%E0%B8%A3%E0%B8%B0%E0%B8%9A%E0%B8%9A'],
      ['https://203.0.113.7:8443/x', 'https://203.0.113.7:8443/x'],
      ['https://bad.example/pay#', 'https://bad.example/pay'],
      ['https://bad.example/pay?#', 'https://bad.example/pay'],
      ['ht\ttps://bad.example/\npay', 'https://bad.example/pay'],
    ],
    bad: [['ftp://bad.example/x', 'unsupported_scheme'], ['javascript:alert(1)', 'unsupported_scheme'], ['https://', 'invalid_url'], ['https://localhost/x', 'not_fully_qualified'], ['http://a..example/', 'invalid_host']],
  },
  hostname: {
    good: [['Login.Bad-Bank.example.', 'login.bad-bank.example'], ['login[.]bad-bank[.]example', 'login.bad-bank.example'], ['BÜCHER.example', 'xn--bcher-kva.example']],
    bad: [['203.0.113.7', 'is_ip_address'], ['localhost', 'not_fully_qualified'], ['bad bank.example', 'invalid_host'], ['a/b.example', 'invalid_host'], [`${'a'.repeat(64)}.example`, 'invalid_host'], ['a..example', 'invalid_host'], ['..', 'invalid_host'], ['bad.example..', 'invalid_host'], ['.bad.example', 'invalid_host']],
  },
  domain: {
    good: [['Bad-Bank.example', 'bad-bank.example'], ['login.bad-bank.co.th', 'bad-bank.co.th'], ['tenant.azurewebsites.net', 'tenant.azurewebsites.net']],
    bad: [['azurewebsites.net', 'public_suffix'], ['co.th', 'public_suffix']],
  },
  ip_address: {
    good: [['203.0.113.7', '203.0.113.7'], ['203[.]0[.]113[.]7', '203.0.113.7'], ['2001:DB8:0:0::1', '2001:db8::1'], ['[2001:db8::1]', '2001:db8::1']],
    bad: [['203.000.113.007', 'ambiguous_ip'], ['256.1.1.1', 'invalid_ip'], ['fe80::1%eth0', 'invalid_ip'], ['bad.example', 'invalid_ip']],
  },
  email_address: {
    good: [['Support@Bad-Bank.Example', 'support@bad-bank.example'], ['support[at]bad-bank[.]example', 'support@bad-bank.example'], ['mailto:a.b+c@Bücher.example', 'a.b+c@xn--bcher-kva.example']],
    bad: [['no-at-sign.example', 'invalid_email'], ['a@b@c.example', 'invalid_email'], ['a..b@c.example', 'invalid_email'], ['a@localhost', 'invalid_email']],
  },
  phone_number: {
    good: [['081-234-5678', '+66812345678', { defaultRegion: 'TH' }], ['+66 81 234 5678', '+66812345678'], ['tel:+1-202-555-0143', '+12025550143']],
    bad: [['081-234-5678', 'missing_context'], ['+66 12', 'invalid_phone'], ['call me', 'invalid_phone']],
  },
  sms_sender_id: {
    good: [['BANK-TH', 'TH:BANK-TH', { defaultRegion: 'TH' }], [' bank  th ', 'TH:BANK TH', { country: 'TH' }], ['TH:1441', 'TH:1441']],
    bad: [['BANK-TH', 'missing_context'], ['TH:A-SENDER-FAR-TOO-LONG', 'invalid_sender_id']],
  },
  bank_account: {
    good: [['004-1-23456-7', 'TH:004:0041234567', { country: 'TH', institution: '004' }], ['TH:004:004 1 23456 7', 'TH:004:0041234567']],
    bad: [['004-1-23456-7', 'missing_context'], ['TH:004:12', 'invalid_bank_account'], ['TH:0041234567', 'invalid_bank_account']],
  },
  iban: {
    good: [['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'], ['iban de89 3704 0044 0532 0130 00', 'DE89370400440532013000']],
    bad: [['GB82 WEST 1234 5698 7654 33', 'bad_checksum'], ['GB82WEST1234', 'bad_checksum'], ['not an iban', 'invalid_iban']],
  },
  payment_proxy: {
    good: [
      ['081-234-5678', 'promptpay:MBNO:+66812345678', { scheme: 'promptpay' }],
      ['1234567890123', 'promptpay:NIDN:1234567890123', { scheme: 'promptpay' }],
      ['paynow:MBNO:+65 8123 4567', 'paynow:MBNO:+6581234567'],
      ['Someone@Example.com', 'payid:EMAL:someone@example.com', { scheme: 'payid' }],
    ],
    bad: [['081-234-5678', 'missing_context'], ['promptpay:abc', 'missing_context']],
  },
  ewallet_account: {
    good: [['081-234-5678', 'truemoney:0812345678', { provider: 'truemoney' }], ['gcash:09171234567', 'gcash:09171234567'], ['paypal:Someone@Example.com', 'paypal:someone@example.com']],
    bad: [['0812345678', 'missing_context'], ['truemoney:has space', 'invalid_account_id']],
  },
  vasp_account: {
    good: [['354812907', 'binance:354812907', { provider: 'binance' }], ['bitkub: 0812-345-678 ', 'bitkub:0812345678'], ['okx:Trader@Example.com', 'okx:trader@example.com']],
    bad: [['354812907', 'missing_context'], ['Binance:354812907', 'missing_context'], ['binance:has space', 'invalid_account_id']],
  },
  payment_card: {
    good: [['4111-11**-****-1111', '411111******1111'], ['411111XXXXXX1111', '411111******1111'], ['41111122****1111', '41111122****1111']],
    bad: [['4111 1111 1111 1111', 'full_card_number'], ['4111 1111 1111 1112', 'invalid_card'], ['411111:1111', 'invalid_card']],
  },
  crypto_address: {
    good: [
      ['0x52908400098527886e0f7030069857d2e4169ee7', 'eip155:1:0x52908400098527886E0F7030069857D2E4169EE7'],
      ['eip155:56:0x8617E340B3D01FA5F11F306F4090FD50E238070D', 'eip155:56:0x8617E340B3D01FA5F11F306F4090FD50E238070D'],
      ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bip122:000000000019d6689c085ae165831e93:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
      ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'bip122:000000000019d6689c085ae165831e93:bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0'],
      ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'bip122:000000000019d6689c085ae165831e93:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
      ['TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7', 'tron:0x2b6653dc:TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7'],
    ],
    bad: [
      ['0x52908400098527886E0F7030069857D2E4169Ee7', 'bad_checksum'],
      ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', 'bad_checksum'],
      ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', 'bad_checksum'],
      ['not-a-wallet!', 'missing_context'],
    ],
  },
  crypto_transaction: {
    good: [
      ['0x88DF016429689C079F3B2F6AD39FA052532C56795B733DA78A91EBE6A713944B', 'eip155:1:0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b'],
      ['4A5E1E4BAAB89F3A32518A88C31BC87F618F76673E2CC77AB2127B7AFDEDA33B', 'bip122:000000000019d6689c085ae165831e93:4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b', { chain: 'bip122:000000000019d6689c085ae165831e93' }],
    ],
    bad: [['4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b', 'missing_context'], ['eip155:1:0x1234', 'invalid_transaction']],
  },
  social_media_account: {
    good: [['https://www.facebook.com/FakeInvest.TH', 'facebook:@fakeinvest.th'], ['@FakeInvest_TH', 'instagram:@fakeinvest_th', { platform: 'instagram' }], ['facebook:100012345678', 'facebook:100012345678'], ['https://www.tiktok.com/@Fake.Trader', 'tiktok:@fake.trader']],
    bad: [['@FakeInvest_TH', 'missing_context'], ['x:@has space', 'invalid_account']],
  },
  messaging_account: {
    good: [['https://t.me/FakeInvestAdmin', 'telegram:@fakeinvestadmin'], ['https://wa.me/66812345678', 'whatsapp:+66812345678'], ['081-234-5678', 'line:+66812345678', { platform: 'line', defaultRegion: 'TH' }], ['line:U4af4980629a1b2c3d4e5f60718293a4b', 'line:U4af4980629a1b2c3d4e5f60718293a4b']],
    bad: [['FakeInvestAdmin', 'missing_context']],
  },
  mobile_app: {
    good: [['https://play.google.com/store/apps/details?id=com.fake.trade&hl=th', 'android:com.fake.trade'], ['https://apps.apple.com/th/app/fake/id1234567890', 'ios:id1234567890'], ['com.Fake.Trade', 'android:com.Fake.Trade', { appPlatform: 'android' }]],
    bad: [['com.fake.trade', 'missing_context'], ['android:not a package', 'invalid_package']],
  },
  file: {
    good: [['E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'], ['sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']],
    bad: [['d41d8cd98f00b204e9800998ecf8427e', 'unsupported_hash'], ['xyz', 'invalid_hash']],
  },
  message_template: {
    good: [
      ['Your parcel is held. Pay at <URL>', 'your parcel is held. pay at <url>'],
      ['  Your   PARCEL is held.\nPay 45 THB at https://thai-post.example/pay?x=1 or call 081-234-5678 ', 'your parcel is held. pay 45 thb at <url> or call <number>'],
      ['Write to refund@bad.example now', 'write to <email> now'],
    ],
    bad: [],
  },
  online_ad: {
    good: [['1234567', 'facebook:1234567', { platform: 'facebook' }], ['tiktok:7301234567890', 'tiktok:7301234567890']],
    bad: [['1234567', 'missing_context'], ['facebook:has space', 'invalid_ad_id']],
  },
};

describe.each(Object.entries(KINDS))('%s', (kind, { good, bad }) => {
  it.each(good)('normalises %j to %j', (raw, canonical, options) => {
    const result = normalize(kind, raw, options);
    expect(result).toMatchObject({ ok: true, kind, raw, canonical, normalizer: { name: '@gpos/normalize', version: '1.0.0' } });
    expect(isCanonical(kind, canonical)).toBe(true);
  });
  it.each(bad)('refuses %j with %s', (raw, code, options) => {
    const result = normalize(kind, raw, options);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
  });
});

describe('match keys and attributes', () => {
  it('gives a URL its sanitised form, host and registrable domain', () => {
    const result = normalize('url', 'https://login.bad-bank.co.th/verify?email=victim@example.com#top');
    expect(result.ok && result.match_keys).toEqual([
      { type: 'url', value: 'https://login.bad-bank.co.th/verify?email=victim@example.com' },
      { type: 'url_sanitized', value: 'https://login.bad-bank.co.th/verify' },
      { type: 'hostname', value: 'login.bad-bank.co.th' },
      { type: 'registrable_domain', value: 'bad-bank.co.th' },
    ]);
  });
  it('never conflates a tenant of a shared platform with the platform', () => {
    const result = normalize('hostname', 'evil-tenant.azurewebsites.net');
    expect(result.ok && result.match_keys).toContainEqual({ type: 'registrable_domain', value: 'evil-tenant.azurewebsites.net' });
    expect(result.ok && result.attributes).toEqual({ is_private_suffix: true });
  });
  it('keys EVM addresses by chain family, so one wallet matches on every EVM chain', () => {
    const a = normalize('crypto_address', 'eip155:1:0x52908400098527886E0F7030069857D2E4169EE7');
    const b = normalize('crypto_address', 'eip155:137:0x52908400098527886e0f7030069857d2e4169ee7');
    const family = (r: typeof a) => (r.ok ? r.match_keys.find((k) => k.type === 'evm_address')?.value : undefined);
    expect(family(a)).toBe('eip155:0x52908400098527886e0f7030069857d2e4169ee7');
    expect(family(b)).toBe(family(a));
  });
  it('reads phone number type and country from full metadata', () => {
    expect(normalize('phone_number', '+6621234567')).toMatchObject({ ok: true, attributes: { country: 'TH', number_type: 'FIXED_LINE' } });
  });
});

describe('hostile input', () => {
  it('refuses values longer than the schema allows, and non-strings, without throwing', () => {
    expect(normalize('url', `https://a.example/${'x'.repeat(9000)}`)).toMatchObject({ ok: false, code: 'too_long' });
    expect(normalize('url', null as unknown as string)).toMatchObject({ ok: false, code: 'not_a_string' });
    expect(normalize('not_a_kind', 'x')).toMatchObject({ ok: false, code: 'unknown_kind' });
    expect(normalize('hostname', '   ')).toMatchObject({ ok: false, code: 'empty' });
  });
  it('never throws on odd text in any kind', () => {
    const odd = ['\u0000', '\u202Eexample.com', '[.]'.repeat(2000), '@'.repeat(5000), '😀.example', '%%%%', 'x:'.repeat(3000), '\uD800'];
    for (const kind of Object.keys(KINDS)) for (const value of odd) expect(() => normalize(kind, value, { defaultRegion: 'TH', platform: 'x', scheme: 'promptpay', provider: 'gcash' })).not.toThrow();
  });
  it('keeps bidi controls out of host names', () => {
    expect(normalize('hostname', '\u202Elpmaxe.bad')).toMatchObject({ ok: false });
  });
});
