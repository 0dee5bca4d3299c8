/**
 * Proves the module-boundary lint bites: code placed in one project that imports a real file of a
 * project it may not use fails with exactly the boundary rule's message, and nothing else; the same
 * file importing what it may use passes. Linted as if the file lived in that project, with the
 * workspace's real ESLint config and project graph.
 */
import { ESLint } from 'eslint';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** Every problem ESLint finds in `source` placed at `file`, as `rule: message`. */
async function lint(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`);
}

/** An import of `name` from `module`; the file it names must really be there. */
function importing(module: string, file: string, name: string): string {
  if (!existsSync(join(root, file))) throw new Error(`the fixture imports ${file}, which does not exist`);
  return `import { ${name} } from '${module}';\nexport const leak = ${name};\n`;
}

const refusals = [
  {
    what: 'an import from one context into another',
    at: 'apps/decide/src/fixture.ts',
    source: importing('@tractor/checkout/src/server/root', 'apps/checkout/src/server/root.ts', 'appRouter'),
    message: 'Imports of apps are forbidden',
  },
  {
    what: 'a platform library depending on a context',
    at: 'libs/platform/e2e/src/fixture.ts',
    source: importing('@tractor/decide/src/app/_components/product-params', 'apps/decide/src/app/_components/product-params.ts', 'productParams'),
    message: 'Imports of apps are forbidden',
  },
  {
    what: 'a shared library depending on the platform',
    at: 'libs/shared/pictures/src/fixture.ts',
    source: importing('@tractor/runtime-config', 'libs/platform/runtime-config/src/resource-names.ts', 'resourceNames'),
    message: 'A project tagged with "scope:shared" can only depend on libs tagged with "scope:shared"',
  },
  {
    what: 'the contracts library depending on the design system',
    at: 'libs/shared/contracts/src/fixture.ts',
    source: importing('@tractor/pictures', 'libs/shared/pictures/src/colour.ts', 'paint'),
    message: 'A project tagged with "type:contract" can only depend on libs tagged with "type:contract"',
  },
  {
    what: 'framework code in the contracts library',
    at: 'libs/shared/contracts/src/fixture.ts',
    source: "import { useState } from 'react';\nexport const leak = useState;\n",
    message: 'A project tagged with "type:contract" is not allowed to import "react"',
  },
  {
    what: 'the design system in a browser journey',
    at: 'apps/shop-e2e/src/fixture.ts',
    source: importing('@tractor/ui', 'libs/shared/ui/src/button.tsx', 'Button'),
    message: 'A project tagged with "type:e2e" can only depend on libs tagged with "type:util", "type:contract"',
  },
];

describe('module boundaries', () => {
  it.each(refusals)('refuses $what, with exactly the boundary rule', async ({ at, source, message }) => {
    expect(await lint(at, source)).toEqual([`@nx/enforce-module-boundaries: ${message}`]);
  });

  it('allows a context to use the platform and the shared libraries', async () => {
    const source = "import { href } from '@tractor/contracts';\nimport { formatPrice } from '@tractor/ui';\nimport { describeIssues } from '@tractor/bff';\nexport const ok = [href, formatPrice, describeIssues];\n";
    expect(await lint('apps/decide/src/fixture.ts', source)).toEqual([]);
  });
});
