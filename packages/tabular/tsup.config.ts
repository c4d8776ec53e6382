import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// index: node-only, reads and writes files and streams (ExcelJS, yauzl, node:fs). browser: `@gpos/tabular/browser`,
// CSV text and XLSX bytes to records in a web page (csv-parse's browser build, fflate, saxes), no Node built-in
export default defineConfig(libraryBuild({ index: 'src/index.ts', browser: 'src/browser.ts' }, { platform: 'node' }));
