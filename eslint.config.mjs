// Lint for the whole workspace. The module-boundary rule is the architecture in code: a context may
// use the platform, the shared libraries and itself, never another context; the platform and the
// shared libraries never depend on a context.
import nx from '@nx/eslint-plugin';
import nextPlugin from '@next/eslint-plugin-next';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/node_modules', '**/.next', '**/.open-next', '**/dist', '**/.nx', '**/.sst', '**/.data', '**/prisma/generated', '**/next-env.d.ts', '**/test-results', '**/playwright-report'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            // Scopes: a context uses itself, the platform and the shared design system and contracts;
            // the platform (slice runtime) builds on shared; shared depends on nothing else.
            { sourceTag: 'scope:explore', onlyDependOnLibsWithTags: ['scope:explore', 'scope:platform', 'scope:shared'] },
            { sourceTag: 'scope:decide', onlyDependOnLibsWithTags: ['scope:decide', 'scope:platform', 'scope:shared'] },
            { sourceTag: 'scope:checkout', onlyDependOnLibsWithTags: ['scope:checkout', 'scope:platform', 'scope:shared'] },
            { sourceTag: 'scope:shop', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
            { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:platform', 'scope:shared'] },
            // Types: every type tag in use, and what it may build on.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contract'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:contract'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:tool', 'type:util', 'type:contract'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contract'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contract'] },
            {
              sourceTag: 'type:contract',
              onlyDependOnLibsWithTags: ['type:contract'],
              bannedExternalImports: ['react', 'react-dom', 'next', 'next/*', '@prisma/*', 'pg'],
            },
            { sourceTag: 'type:ui', bannedExternalImports: ['@prisma/*', 'pg', '@electric-sql/*'] },
            { sourceTag: 'type:app', bannedExternalImports: ['@electric-sql/*', '@prisma/schema-engine-wasm'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    // One test setup for the browser suites: @tractor/e2e's `test` records each journey for the fitness checks.
    files: ['apps/*-e2e/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test'], message: "Import test from '@tractor/e2e': it records what each journey visits." }] },
      ],
    },
  },
  {
    files: ['apps/*/src/**/*.ts', 'apps/*/src/**/*.tsx'],
    plugins: { '@next/next': nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      // Cross-context links must be full document navigations; plain <a> is the rule, not a mistake.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
];
