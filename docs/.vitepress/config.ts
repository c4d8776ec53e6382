import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { INCLUDE_RE, resolveExample } from '../scripts/examples.js';
import { validatorCsp } from './csp.js';
import { writeValidatorWorker } from './offline/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const sidebarFile = `${here}generated/sidebar.json`;
if (!existsSync(sidebarFile)) throw new Error('docs/.vitepress/generated/sidebar.json is missing: run `npm run generate -w @gpos/docs` (the `build` script does) before `vitepress build`');
const generated = JSON.parse(readFileSync(sidebarFile, 'utf8')) as Record<'reference' | 'codelists' | 'rules', DefaultTheme.SidebarItem[]>;
// the TypeScript API reference: markdown written into api/ by scripts/api.ts (TypeDoc + typedoc-plugin-markdown), one group per package
const apiSidebarFile = `${here}../api/typedoc-sidebar.json`;
const apiSidebar = existsSync(apiSidebarFile) ? (JSON.parse(readFileSync(apiSidebarFile, 'utf8')) as DefaultTheme.SidebarItem[]) : [];
/**
 * The sidebar of one package's pages: every package as a group, only the current one with its members (expanded).
 * Listing every member of every package on every page would put ~500 links into each of ~500 pages.
 */
const apiSidebarFor = (current?: string): DefaultTheme.SidebarItem[] => [
  { text: 'TypeScript API', link: '/api/' },
  ...apiSidebar.map(({ items, collapsed: _collapsed, ...pkg }) => (pkg.link === current && items ? { ...pkg, items, collapsed: false } : pkg)),
];
const apiSidebars = Object.fromEntries(apiSidebar.filter((pkg) => pkg.link).map((pkg) => [pkg.link!, apiSidebarFor(pkg.link)]));

const guide: DefaultTheme.SidebarItem[] = [
  {
    text: 'Getting started',
    items: [
      { text: 'Overview', link: '/getting-started/' },
      { text: 'SDK in 5 minutes', link: '/getting-started/sdk' },
      { text: 'Validate in CI', link: '/getting-started/validate-in-ci' },
      { text: 'Spreadsheets', link: '/getting-started/spreadsheets' },
    ],
  },
  {
    text: 'SDK',
    items: [
      { text: 'Building records', link: '/sdk/building-records' },
      { text: 'Pseudonymisation', link: '/sdk/pseudonymisation' },
      { text: 'Redaction policy', link: '/sdk/redaction' },
      { text: 'Signatures', link: '/sdk/signatures' },
      { text: 'Matching', link: '/sdk/matching' },
    ],
  },
  {
    text: 'Guides',
    items: [
      { text: 'Primer: who exchanges what', link: '/guide/primer' },
      { text: 'Validate your files in CI', link: '/guide/validate-in-ci' },
      { text: 'Share safely', link: '/guide/share-safely' },
      { text: 'Exchange server threat model', link: '/guide/exchange-threat-model' },
      { text: 'Oblivious pseudonyms (OPRF)', link: '/guide/oblivious-pseudonyms' },
      { text: 'Identifiers and matching', link: '/guide/identifiers' },
      { text: 'STIX 2.1 mapping', link: '/guide/stix' },
      { text: 'Connect a TAXII client', link: '/guide/taxii' },
      { text: 'MISP mapping', link: '/guide/misp' },
      { text: 'Connect a MISP instance', link: '/guide/connect-misp' },
      { text: 'Extensions', link: '/guide/extensions' },
      { text: 'Governance and versioning', link: '/guide/governance' },
      { text: "What's new in 1.1", link: '/guide/whats-new-1-1' },
      { text: 'Changelog', link: '/changelog/' },
    ],
  },
];

export default defineConfig({
  title: 'GPOS Open Scam Data Standard',
  description: 'An open JSON Schema standard and TypeScript SDK for exchanging online-scam data between governments, platforms, banks and telecoms.',
  lang: 'en',
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  srcExclude: ['README.md', 'test/**', 'test-results/**', 'scripts/**', 'node_modules/**'],
  lastUpdated: false,
  // the page hash map and site data (with the API sidebar) go into one cached chunk instead of every page's HTML
  metaChunk: true,
  // dead links fail the build (VitePress default); keep it that way
  ignoreDeadLinks: false,
  // the local search index (loaded when the search box opens) is ~0.95 MB, ~0.2 MB gzipped, with the API reference in it
  vite: {
    build: { chunkSizeWarningLimit: 1500 },
    // the validator page's spreadsheet worker: a module worker (it imports its chunks lazily), its script at the root
    // as /validator-sheets.worker-….js so that it falls in the scope of the page's service worker (/validator), which
    // then serves the worker and everything it imports when there is no network
    worker: { format: 'es', rollupOptions: { output: { entryFileNames: 'validator-[name]-[hash].js' } } },
  },
  /**
   * The validator page carries its own Content-Security-Policy: scripts only from this site (and the page's inline
   * bootstrap scripts, by hash), no eval, no connection anywhere else — so a file dropped on it cannot leave the tab.
   */
  /** The validator page's service worker, with the list of the files it keeps for offline use (offline/). */
  buildEnd(siteConfig) {
    writeValidatorWorker(siteConfig.outDir, siteConfig.site.base);
  },
  transformHtml(html, _id, { pageData }) {
    if (pageData.relativePath !== 'validator.md') return;
    return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${validatorCsp(html)}">`);
  },
  markdown: {
    config(md) {
      // `<!-- @include-example examples/x.json#/pointer -->` becomes a JSON code block; generate.ts has already validated the file
      md.core.ruler.before('normalize', 'gpos-include-example', (state) => {
        state.src = state.src.replace(INCLUDE_RE, (_m, file: string, pointer = '') =>
          ['```json', resolveExample({ file, pointer: decodeURIComponent(pointer) }), '```'].join('\n'),
        );
      });
    },
  },
  themeConfig: {
    nav: [
      { text: 'Getting started', link: '/getting-started/' },
      { text: 'Guides', link: '/guide/primer' },
      { text: 'Reference', link: '/reference/indicator' },
      { text: 'Codelists', link: '/codelists/' },
      { text: 'Rules', link: '/rules/' },
      { text: 'CLI', link: '/cli/' },
      { text: 'Validator', link: '/validator' },
      { text: 'TypeScript API', link: '/api/' },
      { text: 'Changelog', link: '/changelog/' },
    ],
    sidebar: {
      '/guide/': guide,
      '/getting-started/': guide,
      '/sdk/': guide,
      '/changelog/': guide,
      '/reference/': [{ text: 'Reference', items: generated.reference }, { text: 'Codelists', link: '/codelists/' }],
      '/codelists/': [{ text: 'Codelists', link: '/codelists/', items: generated.codelists, collapsed: false }],
      '/rules/': [{ text: 'Validation rules', link: '/rules/', items: generated.rules }],
      '/api/': apiSidebarFor(),
      ...apiSidebars,
    },
    search: { provider: 'local' },
    outline: { level: [2, 2] },
    footer: {
      message: 'Released under the Apache-2.0 licence. Reference and codelist pages are generated from the schemas.',
      copyright: 'GPOS Open Scam Data Standard',
    },
  },
});
