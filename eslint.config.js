// Lint rules, including the import boundaries that hold the architecture (GUIDE.md, principle 10).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The app never reaches into the bench or the tests: they import it, not the other way round. */
const appOnly = {
  group: ['**/bench/**', '**/tests/**', '**/bench', '**/tests'],
  message: 'src is the app: the bench and the tests import it, never the reverse.',
};

const noUiInDomain = {
  patterns: [
    appOnly,
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
  { files: ['src/**'], rules: { 'no-restricted-imports': ['error', { patterns: [appOnly] }] } },
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', noUiInDomain] } },
  {
    files: ['src/features/**', 'src/ui/**', 'src/store/**', 'src/session/**', 'src/App.tsx', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            appOnly,
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
  {
    files: ['bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/tests/e2e/**', '**/tests/e2e'],
              message: 'The bench shares the browser and server code in tests/support, never the e2e suite.',
            },
          ],
        },
      ],
    },
  },
);
