import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.local', '**/.nx'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // Services share only libs/; contracts depend on nothing of ours; test tooling stays out of runtime code.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:federation', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:messaging', onlyDependOnLibsWithTags: ['type:contracts', 'type:devkit'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:messaging', 'type:federation', 'type:devkit'] },
            { sourceTag: 'type:devkit', onlyDependOnLibsWithTags: ['type:contracts', 'type:federation'] },
            {
              sourceTag: 'type:service',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:messaging', 'type:federation', 'type:platform', 'type:devkit'],
            },
            // The console's gateway reads the federation file; the browser app imports nothing of ours.
            { sourceTag: 'type:console', onlyDependOnLibsWithTags: ['type:federation'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:messaging', 'type:federation', 'type:platform', 'type:devkit'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/console/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test-support/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
