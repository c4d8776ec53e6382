import { invalid, keys, valid } from '../result.js';
import { refang } from '../refang.js';
import type { KindResult, NormalizeOptions } from '../types.js';
import { parsePhone } from './phone.js';
import { isCode, splitCode } from './scope.js';

/** Platforms whose profile URLs name the account; the path's first segment is the handle or id. */
const PROFILE_HOSTS: Record<string, string> = {
  'facebook.com': 'facebook', 'fb.com': 'facebook', 'instagram.com': 'instagram', 'threads.net': 'threads', 'threads.com': 'threads',
  'tiktok.com': 'tiktok', 'x.com': 'x', 'twitter.com': 'x', 'youtube.com': 'youtube', 't.me': 'telegram', 'telegram.me': 'telegram',
  'line.me': 'line', 'wa.me': 'whatsapp', 'discord.com': 'discord', 'm.me': 'messenger',
};

/** Opaque user ids that are not numeric but are never handles: LINE's `U` and 32 hex digits. */
const OPAQUE_IDS: Record<string, RegExp> = { line: /^U[0-9a-f]{32}$/ };

function isOpaqueId(platform: string, value: string): boolean {
  return OPAQUE_IDS[platform]?.test(value) ?? false;
}

/** Messaging platforms that identify accounts by phone number. */
const PHONE_PLATFORMS = new Set(['whatsapp', 'viber', 'signal', 'telegram', 'line', 'zalo', 'imessage']);

function fromProfileUrl(text: string): { platform: string; value: string } | undefined {
  if (!/^(https?:\/\/)?([a-z0-9-]+\.)*[a-z0-9-]+\.[a-z]{2,}\//i.test(text)) return undefined;
  try {
    const url = new URL(/^https?:/i.test(text) ? text : `https://${text}`);
    const host = url.hostname.replace(/^(www|m|mobile|web)\./, '');
    const platform = PROFILE_HOSTS[host];
    const segment = decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? '');
    if (!platform || !segment) return undefined;
    if (platform === 'facebook' && url.searchParams.has('id')) return { platform, value: url.searchParams.get('id')! };
    return { platform, value: platform === 'whatsapp' ? `+${segment}` : segment.startsWith('@') || /^\d+$/.test(segment) ? segment : `@${segment}` };
  } catch {
    return undefined;
  }
}

/**
 * `platform:id` for the platform's stable user id, or `platform:@handle` (lower case, without the @) when only
 * the handle is known; phone-based messaging accounts as `platform:+E164`. Display names are never values.
 * Raw values may be profile URLs, `@handle`, or a bare id with `platform` given.
 */
export function normalizePlatformAccount(input: string, options: NormalizeOptions): KindResult {
  const text = refang(input.trim());
  const url = fromProfileUrl(text);
  const split = url ? { code: url.platform, rest: url.value } : splitCode(text);
  const platform = split.code ?? options.platform;
  if (!isCode(platform)) return invalid('missing_context', 'an account needs its platform: write platform:@handle or platform:id, give a profile URL, or pass platform');
  const value = (split.code ? split.rest : text).trim();
  if (PHONE_PLATFORMS.has(platform) && /^\+?[\d\s().-]{6,}$/.test(value)) {
    const phone = parsePhone(value, options.defaultRegion);
    if ('code' in phone) return invalid(phone.code, phone.reason);
    const canonical = `${platform}:${phone.number}`;
    return valid(canonical, keys(['platform_account', canonical], ['e164', phone.number]), { platform, platform_user_id: phone.number });
  }
  const isHandle = value.startsWith('@') || !(/^\d+$/.test(value) || isOpaqueId(platform, value));
  const id = isHandle ? value.replace(/^@/, '').normalize('NFC').toLowerCase() : value;
  if (!/^[\p{L}\p{N}._-]{1,100}$/u.test(id)) return invalid('invalid_account', 'a handle or id has letters, digits, dots, hyphens and underscores only');
  const canonical = isHandle ? `${platform}:@${id}` : `${platform}:${id}`;
  return isHandle
    ? valid(canonical, keys(['platform_handle', canonical]), { platform, handle: id })
    : valid(canonical, keys(['platform_account', canonical]), { platform, platform_user_id: id });
}

/** `platform:ad_id`: ad ids are only unique within the platform's ad library. */
export function normalizeOnlineAd(input: string, options: NormalizeOptions): KindResult {
  const split = splitCode(input.trim());
  const platform = split.code ?? options.platform;
  if (!isCode(platform)) return invalid('missing_context', 'an ad needs its platform: write platform:ad_id or pass platform');
  const id = (split.code ? split.rest : input).trim();
  if (!/^[A-Za-z0-9._:-]{1,200}$/.test(id)) return invalid('invalid_ad_id', 'an ad id has letters, digits, dots, colons, hyphens and underscores only');
  const canonical = `${platform}:${id}`;
  return valid(canonical, keys(['ad_id', canonical]), { platform });
}
