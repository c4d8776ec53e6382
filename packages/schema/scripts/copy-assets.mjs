// ships the standard's own files beside the build, so `@gpos/schema/v1/indicator.json` resolves for consumers
import { cpSync } from 'node:fs';
const root = new URL('../../../schemas/', import.meta.url);
const dist = new URL('../dist/', import.meta.url);
cpSync(new URL('v1/', root), new URL('schemas/v1/', dist), { recursive: true });
cpSync(new URL('codelists/', root), new URL('codelists/', dist), { recursive: true, filter: (src) => !src.endsWith('.md') });
cpSync(new URL('extensions/', root), new URL('schemas/extensions/', dist), { recursive: true });
