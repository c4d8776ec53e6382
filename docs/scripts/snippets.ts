/**
 * The code blocks of the project's READMEs and docs pages, as `test/snippets.test.ts` checks them and
 * `test/newcomer.test.ts` runs them.
 *
 * A block's info string is its language and then its attributes, space-separated: ```` ```ts no-run ````.
 * GitHub and VitePress read only the first word, so the attributes never show. They are:
 *
 * - `fragment`: an intentional excerpt (a few lines out of a larger program, part of a record) that cannot
 *   stand alone; the block is listed as such and its syntax is not checked.
 * - `no-run`: a TypeScript or JavaScript program that typechecks but is not run by the tests (it needs a
 *   server, a network or values only the reader has — which it must declare, saying where they come from).
 * - `file=NAME`: the block is the content of a file the reader saves under NAME (a CSV to fill in, a
 *   config); the newcomer test writes it there before running the blocks that follow.
 * - `output`: (text blocks) what a command prints; never run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import MarkdownIt from 'markdown-it';
import { REPO_ROOT } from './sources.js';

export interface Snippet {
  /** repository-relative path of the markdown file */
  file: string;
  /** 1-based line of the opening fence */
  line: number;
  lang: string;
  attrs: ReadonlySet<string>;
  /** `file=NAME` */
  saveAs?: string;
  code: string;
}

/** Languages whose blocks are code the tests check. */
export const CODE_LANGS = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs', 'json', 'sh', 'bash', 'shell', 'yaml', 'yml', 'csv', 'python']);
/** Languages whose blocks are not code: program output, markdown source, help text. */
export const PROSE_LANGS = new Set(['text', 'md', 'markdown']);
export const ATTRIBUTES = new Set(['fragment', 'no-run', 'output']);

const md = new MarkdownIt();

/** Every fenced code block of a markdown text, with its line. */
export function snippetsOf(file: string, text: string): Snippet[] {
  return md
    .parse(text, {})
    .filter((token) => token.type === 'fence' && token.markup.startsWith('`'))
    .map((token) => {
      const [lang = '', ...words] = token.info.trim().split(/\s+/);
      const saveAs = words.find((w) => w.startsWith('file='))?.slice('file='.length);
      return {
        file,
        line: (token.map?.[0] ?? 0) + 1,
        lang,
        attrs: new Set(words.filter((w) => !w.startsWith('file='))),
        ...(saveAs ? { saveAs } : {}),
        code: token.content,
      };
    });
}

/** `file:line`, how a failure names a block. */
export const where = (s: Snippet) => `${s.file}:${s.line}`;

function markdownUnder(dir: string, skip: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(path)) continue;
    if (entry.isDirectory()) out.push(...markdownUnder(path, skip));
    else if (entry.name.endsWith('.md')) out.push(path);
  }
  return out.sort();
}

/** Generated folders of the docs site (written at build time, git-ignored): their pages are checked through `generate()`, not from disk. */
const GENERATED = ['reference', 'codelists', 'rules', 'changelog', 'cli', 'api', 'public', 'node_modules', 'test-results', '.vitepress'];

/** The hand-written markdown the project ships: the root README, every package's README, and the docs site's pages. */
export function handWrittenMarkdown(): string[] {
  const docs = join(REPO_ROOT, 'docs');
  const packages = readdirSync(join(REPO_ROOT, 'packages'))
    .map((dir) => join(REPO_ROOT, 'packages', dir, 'README.md'))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
  const site = markdownUnder(docs, (path) => GENERATED.some((dir) => path === join(docs, dir)));
  return [join(REPO_ROOT, 'README.md'), ...packages, ...site].map((path) => relative(REPO_ROOT, path));
}

export function snippetsOfFile(file: string): Snippet[] {
  return snippetsOf(file, readFileSync(join(REPO_ROOT, file), 'utf8'));
}

/** The Getting-started pages, in reading order. */
export const GETTING_STARTED = ['docs/getting-started/sdk.md', 'docs/getting-started/validate-in-ci.md', 'docs/getting-started/spreadsheets.md'];
