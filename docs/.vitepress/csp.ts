import { createHash } from 'node:crypto';

/**
 * The validator page's Content-Security-Policy: scripts only from this site plus the page's own inline bootstrap
 * scripts by hash — no 'unsafe-eval', no 'unsafe-inline' for scripts — no connection to any other origin, and
 * workers (the page's offline service worker) only from this site.
 */
export function validatorCsp(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // the service worker that keeps the validator's files for offline use (validator-sw.js), from this site only
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
