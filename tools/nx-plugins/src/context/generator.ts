/**
 * `npx nx g @tractor/nx-plugins:context <name> --mount /<path>`: a complete new slice. The app runs on
 * the slice runtime with one page, one BFF router and its test, a Prisma schema with its first
 * migration and seed, 404 and error pages; its e2e project; its stack; its manifest entry with
 * free ports, its lint boundary and its README row. The edge router, `npm start`, the SST router,
 * the fitness checks and `nx affected` pick it up from the manifest and the project graph.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generateFiles, type GeneratorCallback, type Tree } from '@nx/devkit';
import { addManifestEntry } from './manifest-entry';
import { normalizeOptions, type ContextOptions } from './options';
import { addBoundary, addReadmeRow, addStack, nextE2eOffset } from './workspace-edits';

/** `20261201120000_init`: Prisma's folder name for the first migration. */
function migrationFolder(now: Date): string {
  return `${now.toISOString().replace(/\D/g, '').slice(0, 14)}_init`;
}

export async function contextGenerator(tree: Tree, raw: ContextOptions, now = new Date()): Promise<GeneratorCallback> {
  const options = normalizeOptions(raw);
  if (tree.exists(`apps/${options.name}`)) throw new Error(`apps/${options.name} exists already`);
  const { port } = addManifestEntry(tree, options);
  const e2eOffset = nextE2eOffset(tree);
  const substitutions = { ...options, e2eOffset, tmpl: '', migration: migrationFolder(now), trpcParam: '[trpc]' };
  generateFiles(tree, join(import.meta.dirname, 'files', 'app'), `apps/${options.name}`, substitutions);
  generateFiles(tree, join(import.meta.dirname, 'files', 'e2e'), `apps/${options.name}-e2e`, substitutions);
  addStack(tree, options);
  addBoundary(tree, options);
  addReadmeRow(tree, options, port);
  return () => {
    // The new workspace joins the lockfile, and its Prisma client is generated, as after `npm install`.
    const run = (args: string[]) => execFileSync('npm', args, { cwd: tree.root, stdio: 'inherit' });
    run(['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline']);
    execFileSync(process.execPath, [join(tree.root, 'tools', 'scripts', 'prisma-generate.mjs'), options.name], { cwd: tree.root, stdio: 'inherit' });
  };
}

export default contextGenerator;
