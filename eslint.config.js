// Lint rules, including the import boundaries that hold the architecture (GUIDE.md, principle 10).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noUiInDomain = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'],
      message: 'src/domain is pure TypeScript: no React or store.',
    },
    { group: ['cytoscape', 'cytoscape-*'], message: 'Cytoscape belongs in src/graph and src/canvas only.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', noUiInDomain] } },
  {
    files: ['src/features/**', 'src/ui/**', 'src/store/**', 'src/session/**', 'src/App.tsx', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['cytoscape', 'cytoscape-*'], message: 'Only src/graph and src/canvas call Cytoscape.' },
            {
              group: ['**/canvas/*', '!**/canvas/GraphContext', '!**/canvas/GraphCanvas'],
              message:
                'Panels reach the graph through canvas/GraphContext (commands, painter), never canvas internals.',
            },
          ],
        },
      ],
    },
  },
);
