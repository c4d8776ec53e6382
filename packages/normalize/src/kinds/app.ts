import { invalid, keys, valid } from '../result.js';
import type { KindResult, NormalizeOptions } from '../types.js';

const PACKAGE = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_-]+)+$/;
const PLATFORMS = new Set(['android', 'ios', 'other']);

function fromStoreUrl(text: string): { platform: string; id: string } | undefined {
  const play = /^(?:https?:\/\/)?play\.google\.com\/store\/apps\/details\?(?:.*&)?id=([A-Za-z0-9._]+)/i.exec(text);
  if (play) return { platform: 'android', id: play[1]! };
  const apple = /^(?:https?:\/\/)?(?:apps|itunes)\.apple\.com\/.*\/id(\d+)/i.exec(text);
  if (apple) return { platform: 'ios', id: `id${apple[1]}` };
  return undefined;
}

/**
 * `android:com.example.app`, `ios:com.example.app` or `ios:id1234567890` (App Store id). Package names keep
 * their case: Android treats them as case-sensitive. Store URLs are read.
 */
export function normalizeMobileApp(input: string, options: NormalizeOptions): KindResult {
  const text = input.trim();
  const store = fromStoreUrl(text);
  const prefixed = /^(android|ios|other):(.+)$/s.exec(text);
  const platform = store?.platform ?? prefixed?.[1] ?? options.appPlatform;
  const id = store?.id ?? prefixed?.[2] ?? text;
  if (!platform || !PLATFORMS.has(platform)) return invalid('missing_context', 'an app needs its platform: write android:package, ios:bundle_id, give a store URL, or pass appPlatform');
  if (!PACKAGE.test(id) && !(platform === 'ios' && /^id\d{6,12}$/.test(id))) return invalid('invalid_package', 'a package name or bundle id is reverse-DNS, like com.example.app');
  const canonical = `${platform}:${id}`;
  return valid(canonical, keys(['app_package', canonical]), { app_platform: platform, package_name: id });
}
