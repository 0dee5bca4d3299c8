/**
 * The client entry ends up in browser bundles: nothing it reaches may import a server module.
 * Follows its relative imports and lists every package they load at run time.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function runtimeImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');
  return specifiers.flatMap((specifier) => {
    if (!specifier.startsWith('.')) return [specifier];
    const base = resolve(dirname(file), specifier);
    const path = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((candidate) => {
      try {
        readFileSync(candidate);
        return true;
      } catch {
        return false;
      }
    });
    return path ? runtimeImports(path, seen) : [specifier];
  });
}

describe('the client entry', () => {
  const packages = new Set(runtimeImports(join(import.meta.dirname, 'index.ts')));

  it('loads only browser-safe packages', () => {
    expect([...packages].sort()).toEqual(['@tanstack/react-query', '@tractor/contracts', '@trpc/client', '@trpc/tanstack-react-query', 'react']);
  });
});
