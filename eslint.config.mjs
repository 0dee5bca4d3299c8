// Lint for the whole workspace. The module-boundary rule is the architecture in code: a context may
// use shared libraries and itself, never another context; shared code never depends on a context.
import nx from '@nx/eslint-plugin';
import nextPlugin from '@next/eslint-plugin-next';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/node_modules', '**/.next', '**/.open-next', '**/dist', '**/.nx', '**/.sst', '**/.data', '**/src/db/generated', '**/next-env.d.ts', '**/test-results', '**/playwright-report'],
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
            { sourceTag: 'scope:explore', onlyDependOnLibsWithTags: ['scope:explore', 'scope:shared'] },
            { sourceTag: 'scope:decide', onlyDependOnLibsWithTags: ['scope:decide', 'scope:shared'] },
            { sourceTag: 'scope:checkout', onlyDependOnLibsWithTags: ['scope:checkout', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:shop', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contract'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:contract'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:util', 'type:contract'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contract'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contract'] },
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
