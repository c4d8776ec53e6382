/**
 * Just enough of a POSIX shell reader to find the commands a code block runs: words with quotes and escapes,
 * comments, line continuations, here-documents (skipped), `&&`, `||`, `;`, `|`, `&` and leading `VAR=value`
 * assignments. It does not expand anything; the docs' shell blocks are plain command lines.
 */

/** One simple command: its words, without leading assignments, `exec` or redirections. */
export interface ShellCommand {
  words: string[];
  /** 1-based line within the block */
  line: number;
}

export function shellCommands(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let word: string | undefined;
  let line = 1;
  let startLine = 1;
  const heredocs: string[] = [];
  const endWord = () => {
    if (word !== undefined) {
      if (words.length === 0) startLine = line;
      words.push(word);
    }
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    const cleaned = clean(words);
    if (cleaned.length) commands.push({ words: cleaned, line: startLine });
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (c === '\\' && script[i + 1] === '\n') {
      i++;
      line++;
      continue;
    }
    if (c === '\n') {
      endCommand();
      line++;
      // a here-document's body runs to its delimiter line; it is data, not commands
      while (heredocs.length) {
        const delimiter = heredocs.shift()!;
        for (;;) {
          const end = script.indexOf('\n', i + 1);
          const text = script.slice(i + 1, end === -1 ? undefined : end);
          i = end === -1 ? script.length : end;
          line++;
          if (text.trim() === delimiter || end === -1) break;
        }
      }
      continue;
    }
    if (c === ' ' || c === '\t') {
      endWord();
      continue;
    }
    if (c === '#' && word === undefined) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
      continue;
    }
    if (c === ';' || c === '|' || c === '&') {
      if (c === '&' && script[i - 1] === '>') {
        word = (word ?? '') + c;
        continue;
      }
      endCommand();
      if ((c === '|' || c === '&') && script[i + 1] === c) i++;
      continue;
    }
    if (c === '<' && script[i + 1] === '<' && script[i + 2] !== '<') {
      endWord();
      i += 2;
      if (script[i] === '-') i++;
      while (script[i] === ' ') i++;
      let delimiter = '';
      while (i < script.length && !/[\s;&|]/.test(script[i]!)) delimiter += script[i++];
      i--;
      heredocs.push(delimiter.replace(/['"]/g, ''));
      words.push('<<');
      continue;
    }
    if (c === "'") {
      const end = script.indexOf("'", i + 1);
      word = (word ?? '') + script.slice(i + 1, end);
      i = end;
      continue;
    }
    if (c === '"') {
      let text = '';
      for (i++; i < script.length && script[i] !== '"'; i++) {
        if (script[i] === '\\' && '"\\$`'.includes(script[i + 1]!)) i++;
        text += script[i];
      }
      word = (word ?? '') + text;
      continue;
    }
    if (c === '\\') {
      word = (word ?? '') + (script[++i] ?? '');
      continue;
    }
    word = (word ?? '') + c;
  }
  endCommand();
  return commands;
}

/** Drops leading `VAR=value` assignments and `exec`, and redirections with their targets. */
function clean(words: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!)) i++;
  if (words[i] === 'exec') i++;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (w === '<<') continue;
    if (/^(\d?>>?|<|&>|\d?>&\d)$/.test(w)) {
      i++;
      continue;
    }
    if (/^(\d?>>?|&>)\S/.test(w)) continue;
    out.push(w);
  }
  return out;
}

/** The arguments after the program when a command runs the `gpos` CLI, or undefined. */
export function gposArguments(words: readonly string[]): string[] | undefined {
  if (words[0] === 'gpos') return words.slice(1);
  if (words[0] === 'npx') {
    let i = 1;
    while (words[i] === '--yes' || words[i] === '-y') i++;
    if (words[i] === 'gpos' || /^@gpos\/cli(@[^\s]+)?$/.test(words[i] ?? '')) return words.slice(i + 1);
  }
  return undefined;
}
