/*
 * File names and file content reach the terminal and CI logs through every human-facing format. Printed raw,
 * an escape sequence in a crafted file name clears the screen or fakes an "all valid" line, a line break
 * starts a fake annotation, and a bidirectional override reorders what the reader sees (CVE-2021-42574).
 * So every piece of text that came from outside is escaped before it is printed.
 */

/** C0 controls, DEL, C1 controls, and the bidirectional marks, embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The same, but line feeds and tabs pass: for whole messages this program composed from escaped pieces. */
const UNSAFE_BUT_LAYOUT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const escapeChar = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Text from outside (a path, a message quoting a value) as it may be printed: unsafe characters become `\uXXXX`. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** A message of several lines: line feeds and tabs stay, every other unsafe character becomes `\uXXXX`. */
export function visibleLines(text: string): string {
  return text.replace(UNSAFE_BUT_LAYOUT, escapeChar);
}

/**
 * A line of source for a code frame: one visible character per character, so the caret below still points at the
 * right column. Tabs become spaces, C0 controls and DEL their Unicode control pictures (␛ for ESC), others �.
 */
export function frameLine(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x09) return ' ';
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    if (c === 0x7f) return '\u2421';
    return '\uFFFD';
  });
}
