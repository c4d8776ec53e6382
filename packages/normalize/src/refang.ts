/**
 * Undoes the usual defanging of shared indicators: `hxxps://bad[.]example`, `user[at]bad(.)example`,
 * `bad[dot]example`, `https[:]//…`. Only bracketed forms are touched, so ordinary text keeps its meaning.
 */
const DEFANGED = /[[({]|h(?:xx|\*\*)p|fxp/i;

/**
 * The passes, in order. Each runs only when its guard finds what it needs in the text — a pass over text
 * without it would change nothing — so a value with one `[.]` costs one replace, not seven.
 */
const PASSES: ReadonlyArray<{ guard: RegExp; pattern: RegExp; replacement: string }> = [
  { guard: /h(?:xx|\*\*|XX)p/, pattern: /\bh(?:xx|\*\*|XX)p(s?)(?=\[?:)/g, replacement: 'http$1' },
  { guard: /fxp/i, pattern: /\bfxp(?=\[?:)/gi, replacement: 'ftp' },
  { guard: /[[({]\s*(?:\.|d)/i, pattern: /[[({]\s*(?:\.|dot)\s*[\])}]/gi, replacement: '.' },
  { guard: /[[({]\s*(?:@|a)/i, pattern: /[[({]\s*(?:@|at)\s*[\])}]/gi, replacement: '@' },
  { guard: /[[({]\s*:/, pattern: /[[({]\s*:\s*[\])}]/g, replacement: ':' },
  { guard: /[[({]\s*:\//, pattern: /[[({]\s*:\/\/\s*[\])}]/g, replacement: '://' },
  { guard: /[[({]\s*\//, pattern: /[[({]\s*\/\s*[\])}]/g, replacement: '/' },
];

export function refang(value: string): string {
  if (!DEFANGED.test(value)) return value; // most values were never defanged
  // the usual defanging is `[.]` alone: when nothing else is left once it is undone, no pass below has more to do
  if (value.includes('[.]')) {
    const dotted = value.replaceAll('[.]', '.');
    if (!DEFANGED.test(dotted)) return dotted;
  }
  let text = value;
  for (const { guard, pattern, replacement } of PASSES) if (guard.test(text)) text = text.replace(pattern, replacement);
  return text;
}
