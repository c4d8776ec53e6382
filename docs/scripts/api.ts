/**
 * The TypeScript API reference: TypeDoc + typedoc-plugin-markdown (with typedoc-vitepress-theme) render the public
 * packages as markdown into api/ (git-ignored), which VitePress builds like any other page — same search, nav and
 * dead-link check. One TypeDoc entry point (and one sidebar group) per package: packages/<name>/src/index.ts, named
 * after the package (`@gpos/validate`). Only packages whose src/index.ts exists are documented, so the site builds
 * while packages are being written. The sidebar lands in api/typedoc-sidebar.json, read by .vitepress/config.ts.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Application, Converter, ReflectionKind, type DeclarationReflection, type TypeDocOptions } from 'typedoc';
import { MarkdownPageEvent, type PluginOptions } from 'typedoc-plugin-markdown';
import { DOCS_ROOT, REPO_ROOT } from './sources.js';

export const API_OUT = join(DOCS_ROOT, 'api');
const PACKAGES = join(REPO_ROOT, 'packages');

/** typedoc-vitepress-theme's options (the plugin declares no types for them). */
interface VitepressThemeOptions {
  docsRoot?: string;
  sidebar?: { autoConfiguration?: boolean; format?: 'vitepress'; pretty?: boolean; collapsed?: boolean };
}

interface ApiPackage {
  name: string;
  entry: string;
}

/** Every non-private workspace package under packages/ with a src/index.ts, in directory order. */
export function apiPackages(): ApiPackage[] {
  return readdirSync(PACKAGES)
    .sort()
    .flatMap((dir) => {
      const pkg = join(PACKAGES, dir, 'package.json');
      const entry = join(PACKAGES, dir, 'src', 'index.ts');
      if (!existsSync(pkg) || !existsSync(entry)) return [];
      const manifest = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; private?: boolean };
      return manifest.private ? [] : [{ name: manifest.name ?? `@gpos/${dir}`, entry: resolve(entry) }];
    });
}

async function main(): Promise<void> {
  const packages = apiPackages();
  rmSync(API_OUT, { recursive: true, force: true });
  rmSync(join(DOCS_ROOT, 'public', 'api'), { recursive: true, force: true }); // the old HTML reference, if left over
  if (!packages.length) {
    // a placeholder page, so links to /api/ hold while the packages are being written
    mkdirSync(API_OUT, { recursive: true });
    writeFileSync(join(API_OUT, 'index.md'), '# TypeScript API\n\nNo package under `packages/` has a `src/index.ts` yet.\n');
    writeFileSync(join(API_OUT, 'typedoc-sidebar.json'), '[]\n');
    console.log('docs: no package has src/index.ts yet; wrote a placeholder TypeScript API page');
    return;
  }

  const options: Partial<TypeDocOptions> & PluginOptions & VitepressThemeOptions = {
    entryPoints: packages.map((p) => p.entry),
    entryPointStrategy: 'resolve',
    tsconfig: join(DOCS_ROOT, 'tsconfig.api.json'),
    plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
    out: API_OUT,
    // typedoc-vitepress-theme: links and the sidebar are relative to the VitePress root
    docsRoot: DOCS_ROOT,
    sidebar: { autoConfiguration: true, format: 'vitepress', pretty: true, collapsed: true },
    name: 'TypeScript API',
    readme: 'none',
    entryFileName: 'index.md',
    excludePrivate: true,
    excludeInternal: true,
    excludeExternals: true,
    skipErrorChecking: true,
    disableSources: true,
    githubPages: false,
    hideBreadcrumbs: true,
    hidePageHeader: true,
    useCodeBlocks: true,
    parametersFormat: 'table',
    // `<Foo>` or `{ a }` written in a TSDoc comment must stay text, not become HTML / a Vue expression
    sanitizeComments: true,
    logLevel: 'Error',
    validation: { notExported: false, invalidLink: false, rewrittenLink: false, notDocumented: false, unusedMergeModuleWith: false },
  };
  const app = await Application.bootstrapWithPlugins(options);

  // name each module after its package (`@gpos/validate`), not after its path (`validate/src`)
  const byEntry = new Map(packages.map((p) => [p.entry, p.name]));
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const child of context.project.children ?? []) {
      if (!child.kindOf(ReflectionKind.Module)) continue;
      const file = (child as DeclarationReflection).sources?.[0]?.fullFileName ?? context.project.getSymbolIdFromReflection(child)?.fileName;
      const name = file ? byEntry.get(resolve(file)) : undefined;
      if (name) child.name = name;
    }
  });

  // VitePress compiles every page as a Vue template: `{{` left in prose would be read as an interpolation
  app.renderer.on(MarkdownPageEvent.END, (page) => {
    if (page.contents) page.contents = `::: v-pre\n\n${page.contents}\n\n:::\n`;
  });

  const project = await app.convert();
  if (!project) throw new Error('docs: TypeDoc could not convert the packages (see the errors above)');
  await app.generateOutputs(project);
  if (app.logger.hasErrors()) throw new Error('docs: TypeDoc reported errors while rendering the API reference');
  const sidebar = join(API_OUT, 'typedoc-sidebar.json');
  if (!existsSync(sidebar)) writeFileSync(sidebar, '[]\n');
  console.log(`docs: TypeScript API reference for ${packages.length} package(s) in docs/api/`);
}

await main();
