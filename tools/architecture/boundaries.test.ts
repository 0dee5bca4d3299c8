/**
 * Proves the module-boundary lint bites: code placed in one context that imports another context
 * fails, while the same file importing shared libraries passes. Linted as if the file lived in
 * the app, with the workspace's real ESLint config and project graph.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries', () => {
  it('refuses an import from one context into another', async () => {
    const errors = await boundaryErrors(
      'apps/decide/src/fixture.ts',
      "import { appRouter } from '../../checkout/src/server/root';\nexport const leak = appRouter;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses a shared library depending on a context', async () => {
    const errors = await boundaryErrors(
      'libs/shared/ui/src/fixture.ts',
      "import { SiteHeader } from '../../../../apps/explore/src/app/_components/site-header';\nexport const leak = SiteHeader;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses the contracts library depending on the design system', async () => {
    const errors = await boundaryErrors('libs/shared/contracts/src/fixture.ts', "import { Button } from '@tractor/ui';\nexport const leak = Button;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses framework code in the contracts library', async () => {
    const errors = await boundaryErrors('libs/shared/contracts/src/fixture.ts', "import { useState } from 'react';\nexport const leak = useState;\n");
    expect(errors.join('\n')).toMatch(/react/);
  });

  it('allows a context to use the shared libraries', async () => {
    const errors = await boundaryErrors(
      'apps/decide/src/fixture.ts',
      "import { href } from '@tractor/contracts';\nimport { formatPrice } from '@tractor/ui';\nexport const ok = [href, formatPrice];\n",
    );
    expect(errors).toEqual([]);
  });
});
