/**
 * A throwaway copy of the workspace for the generator's proof: what git tracks (and would track)
 * as the working tree has it, committed so `nx affected` has a base. Installed packages are
 * hard links to the original's (Next's bundler refuses packages outside the workspace, so symbolic
 * links will not do); the workspace's own packages point into the copy. The other contexts'
 * builds and SST's platform are linked, not rebuilt: the proof builds only the new context.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contexts } from '@tractor/contracts';

/** What a built context leaves beside its sources, ignored by git: read by `npm start`, the Lambda host and the plan. */
const builtOutputs = ['.next', '.open-next', '.elements', 'public'];

function copyTrackedFiles(source: string, copy: string): void {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: source, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(source, file))) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(source, file), join(copy, file), { verbatimSymlinks: true });
  }
}

function linkBuilds(source: string, copy: string): void {
  for (const { directory } of Object.values(contexts)) {
    for (const output of builtOutputs) {
      const from = join(source, directory, output);
      const to = join(copy, directory, output);
      if (!existsSync(from)) continue;
      if (existsSync(to)) cpSync(from, to, { recursive: true });
      else symlinkSync(from, to);
    }
    // Each context's `prisma/setup.ts` runs in the copy and imports its generated client.
    const generated = join(directory, 'prisma', 'generated');
    if (existsSync(join(source, generated))) cpSync(join(source, generated), join(copy, generated), { recursive: true });
  }
}

/** The plan writes its bundles into `.sst/platform`: a folder of the copy's own, its contents linked. */
function linkSstPlatform(source: string, copy: string): void {
  const platform = join(source, '.sst', 'platform');
  if (!existsSync(platform)) return;
  mkdirSync(join(copy, '.sst', 'platform'), { recursive: true });
  for (const entry of readdirSync(platform)) symlinkSync(join(platform, entry), join(copy, '.sst', 'platform', entry));
}

export function copyWorkspace(source: string, copy: string): void {
  copyTrackedFiles(source, copy);
  execFileSync('cp', ['-al', join(source, 'node_modules'), join(copy, 'node_modules')]);
  // Tools rewrite their caches in place, which would reach the original through a hard link.
  for (const cache of ['.cache', '.vite']) rmSync(join(copy, 'node_modules', cache), { recursive: true, force: true });
  linkBuilds(source, copy);
  linkSstPlatform(source, copy);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=proof', '-c', 'user.email=proof@localhost', ...args], { cwd: copy });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'base', '--no-verify');
}
