/**
 * The version of a context's bundled element assets: a content hash the `build-elements` target
 * writes beside the app, and `next.config` reads (reading it is all the config does).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class ElementsNotBuiltError extends Error {
  override readonly name = 'ElementsNotBuiltError';
}

export function elementsVersionFile(appDir: string): string {
  return join(appDir, '.elements', 'version.json');
}

export function writeElementsVersion(appDir: string, version: string): void {
  const file = elementsVersionFile(appDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ version })}\n`);
}

/**
 * The version, or '' before the first bundling: asset URLs then carry no version (and get no long
 * cache), which is right for tools that load a config without building (the Nx graph).
 */
export function readElementsVersion(appDir: string): string {
  const file = elementsVersionFile(appDir);
  if (!existsSync(file)) return '';
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const version = typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : undefined;
  if (typeof version !== 'string') throw new ElementsNotBuiltError(`${file} holds no version: bundle the elements again`);
  return version;
}
