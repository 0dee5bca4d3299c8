/**
 * Custom elements progressively enhance a context's fragments on other teams' pages, so they ship
 * as small standalone scripts, not as part of a Next.js bundle. Each context keeps them as
 * TypeScript (and their styles as CSS) in `src/elements/`; this bundles them (with the shared event contracts) into
 * `public/…/<name>.js`, served at `elementPath(context, '<name>.js')`, and returns a content
 * hash the fragments append as `?v=` so browsers never run a stale script. It runs as each app's
 * cached `build-elements` target (see `cli.ts`), never as a side effect of loading a config.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { basePath, elementsBase, type ContextName } from '@tractor/contracts';
import * as esbuild from 'esbuild';
import { writeElementsVersion } from './elements-version';

export interface ElementsBuild {
  /** Content hash of every bundled script; empty when the context has no elements. */
  version: string;
  /** Stops watching (development only). */
  dispose(): Promise<void>;
}

/** Where a context's element scripts live under `public/`, so they are served at `elementsBase`. */
export function elementsPublicDir(appDir: string, context: ContextName): string {
  return join(appDir, 'public', elementsBase(context).slice(basePath(context).length));
}

export async function buildElements(opts: { appDir: string; context: ContextName; watch?: boolean }): Promise<ElementsBuild> {
  const sourceDir = join(opts.appDir, 'src', 'elements');
  const entryPoints = existsSync(sourceDir)
    ? readdirSync(sourceDir)
        .filter((file) => (file.endsWith('.ts') && !file.endsWith('.test.ts')) || file.endsWith('.css'))
        .map((file) => join(sourceDir, file))
    : [];
  if (entryPoints.length === 0) {
    writeElementsVersion(opts.appDir, '');
    return { version: '', dispose: async () => undefined };
  }

  const options: esbuild.BuildOptions = {
    entryPoints,
    outdir: elementsPublicDir(opts.appDir, opts.context),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: !opts.watch,
    sourcemap: opts.watch ? 'inline' : false,
    write: !!opts.watch,
    legalComments: 'none',
    logLevel: 'warning',
  };
  if (opts.watch) {
    const context = await esbuild.context(options);
    await context.rebuild();
    await context.watch();
    const version = `dev-${Date.now().toString(36)}`;
    writeElementsVersion(opts.appDir, version);
    return { version, dispose: () => context.dispose() };
  }
  const result = await esbuild.build(options);
  const hash = createHash('sha256');
  for (const file of [...(result.outputFiles ?? [])].sort((a, b) => a.path.localeCompare(b.path))) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents);
    hash.update(file.path.slice(opts.appDir.length)).update(file.contents);
  }
  const version = hash.digest('hex').slice(0, 12);
  writeElementsVersion(opts.appDir, version);
  return { version, dispose: async () => undefined };
}
