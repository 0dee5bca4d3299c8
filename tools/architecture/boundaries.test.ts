/**
 * Proves the module-boundary lint bites: code placed in one project that imports a real file of a
 * project it may not use fails with exactly the boundary rule's message, and nothing else; the same
 * file importing what it may use passes. Linted as if the file lived in that project, with the
 * workspace's real ESLint config and project graph.
 */
import { ESLint } from 'eslint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
    what: 'the design system depending on the platform’s fragment loader',
    at: 'libs/shared/ui/src/fixture.ts',
    source: importing('@tractor/fragments', 'libs/platform/fragments/src/fragment-loader.ts', 'fragmentLoaderScript'),
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

  it('has rules for exactly the tags projects carry', async () => {
    const config = (await eslint.calculateConfigForFile(join(root, 'apps/decide/src/fixture.ts'))) as { rules: Record<string, [string, { depConstraints: { sourceTag: string; onlyDependOnLibsWithTags?: string[] }[] }]> };
    const constraints = config.rules['@nx/enforce-module-boundaries']?.[1].depConstraints ?? [];
    const named = new Set(constraints.flatMap((c) => [c.sourceTag, ...(c.onlyDependOnLibsWithTags ?? [])]));
    expect([...named].sort()).toEqual([...projectTags()].sort());
  });
});

/** The tags of every project in the workspace (`nx.tags` in each package.json). */
function projectTags(): Set<string> {
  const folders = ['apps', 'libs/shared', 'libs/platform', 'tools'].flatMap((parent) => readdirSync(join(root, parent)).map((name) => join(root, parent, name, 'package.json')));
  const tags = folders.filter(existsSync).flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { nx?: { tags?: string[] } }).nx?.tags ?? []);
  return new Set(tags);
}
