/**
 * Undoes the usual defanging of shared indicators: `hxxps://bad[.]example`, `user[at]bad(.)example`,
 * `bad[dot]example`, `https[:]//…`. Only bracketed forms are touched, so ordinary text keeps its meaning.
 */
const DEFANGED = /[[({]|h(?:xx|\*\*)p|fxp/i;

export function refang(value: string): string {
  if (!DEFANGED.test(value)) return value; // most values were never defanged
  return value
    .replace(/\bh(?:xx|\*\*|XX)p(s?)(?=\[?:)/g, 'http$1')
    .replace(/\bfxp(?=\[?:)/gi, 'ftp')
    .replace(/[[({]\s*(?:\.|dot)\s*[\])}]/gi, '.')
    .replace(/[[({]\s*(?:@|at)\s*[\])}]/gi, '@')
    .replace(/[[({]\s*:\s*[\])}]/g, ':')
    .replace(/[[({]\s*:\/\/\s*[\])}]/g, '://')
    .replace(/[[({]\s*\/\s*[\])}]/g, '/');
}
