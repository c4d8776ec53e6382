import { hashes } from '#heavy';
import { invalid, keys, valid } from '../result.js';
import type { KindResult } from '../types.js';

/** A file by its SHA-256 in lower-case hex; other hashes are refused because peers could not match them. */
export function normalizeFile(input: string): KindResult {
  const text = input.trim().replace(/^sha-?256:/i, '');
  if (/^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{40}$/.test(text)) return invalid('unsupported_hash', 'it looks like an MD5 or SHA-1 hash; share the SHA-256 of the file');
  if (!/^[0-9a-fA-F]{64}$/.test(text)) return invalid('invalid_hash', 'a file is identified by its SHA-256: 64 hex digits');
  const canonical = text.toLowerCase();
  return valid(canonical, keys(['sha256', canonical]));
}

const URLS = /\b(?:https?:\/\/|www\.)[^\s<>]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|xyz|top|cc|co|io|me|link|site|online|shop|vip|app|th|ph|in)(?:\/[^\s<>]*)?/gi;
const EMAILS = /[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+/g;
const NUMBERS = /\+?\d[\d\s,.\-/]{2,}\d/g;

/**
 * The text of a lure as a template: Unicode NFKC, lower case, URLs, e-mail addresses and numbers of four digits
 * or more replaced by `<url>`, `<email>` and `<number>`, whitespace collapsed. Names cannot be found reliably:
 * senders replace them with `<name>` before sharing. The template's SHA-256 is its match key.
 */
export function normalizeMessageTemplate(input: string): KindResult {
  // a replacement can open a word boundary for another ("_4111co.th" → "_ <number> co.th", whose "co.th" now
  // reads as a host), so the steps repeat until the text stops changing: the template is then a fixed point
  let text = input.normalize('NFKC');
  for (let round = 0; round < 8; round++) {
    const next = templateStep(text);
    if (next === text) break;
    text = next;
  }
  if (!text) return invalid('empty_template', 'the template has no text');
  const { bytesToHex, sha256, utf8ToBytes } = hashes();
  return valid(text, keys(['template_sha256', bytesToHex(sha256(utf8ToBytes(text)))]));
}

function templateStep(text: string): string {
  return text
    .replace(EMAILS, ' <email> ')
    .replace(URLS, ' <url> ')
    .replace(NUMBERS, (run) => (run.replace(/\D/g, '').length >= 4 ? ' <number> ' : run))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ([.,!?;:)])/g, '$1')
    .replace(/([(]) /g, '$1')
    .trim();
}
