/**
 * A context's `next.config`, derived from the route manifest: its basePath, the long cache of its
 * versioned element assets, page documents the back/forward cache may keep, and the version of
 * those assets (the `build-elements` target writes
 * it). Loading it does no work: no bundling, no watchers, no processes.
 *
 *   export default sliceNextConfig('checkout');
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { basePath, contexts, documentHeaders, elementsBase, type ContextName } from '@tractor/contracts';
import { readElementsVersion } from '@tractor/elements/version';

/** The workspace libraries apps import as TypeScript source. */
const workspacePackages = ['@tractor/contracts', '@tractor/ui', '@tractor/bff', '@tractor/fragments', '@tractor/runtime-config', '@tractor/slice', '@tractor/telemetry'];

/** Element assets carry their content hash as `?v=`: a versioned URL never changes. */
const immutable = 'public, max-age=31536000, immutable';

/** Next loads the config in the app's folder, Nx in the workspace root: the manifest says where the app is. */
function appDir(context: ContextName, cwd = process.cwd()): string {
  return existsSync(join(cwd, 'nx.json')) ? join(cwd, contexts[context].directory) : cwd;
}

/** The workspace root, from the app's folder: the app sits at `contexts[context].directory` below it. */
function workspaceRoot(context: ContextName): string {
  return resolve(appDir(context), ...contexts[context].directory.split('/').map(() => '..'));
}

export function sliceNextConfig(context: ContextName) {
  return (phase: string): NextConfig => {
    const dev = phase === PHASE_DEVELOPMENT_SERVER;
    const version = readElementsVersion(appDir(context));
    // Relative to the basePath, which Next prepends to every header source.
    const elements = elementsBase(context).slice(basePath(context).length);
    return {
      basePath: basePath(context),
      transpilePackages: workspacePackages,
      poweredByHeader: false,
      reactStrictMode: true,
      env: { ELEMENTS_VERSION: dev ? `dev-${version}` : version },
      // The workspace's `typecheck` target checks types; the build only compiles.
      typescript: { ignoreBuildErrors: true },
      // The build traces the files a standalone server needs from the workspace root, where the
      // packages are installed: the same build serves `next start` and OpenNext's Lambda package.
      outputFileTracingRoot: workspaceRoot(context),
      // Turbopack keeps its work in `.next/cache` for the next build, which takes it half a
      // minute to write; a CI run starts from a clean clone and never reads it.
      experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
      headers: async () => [
        ...documentHeaders(context),
        ...(dev ? [] : [{ source: `${elements}/:file*`, has: [{ type: 'query' as const, key: 'v' }], headers: [{ key: 'cache-control', value: immutable }] }]),
      ],
    };
  };
}
