// Lint rules, including the import boundaries that hold the architecture: docs/architecture.md's layer table, one row
// of LAYERS per row of it (GUIDE.md, principle 12).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * Each folder of src/ and what it may import of ours besides itself: the layer table of docs/architecture.md, row for
 * row (change one, change the other). `canvas-face` is the canvas's public face, canvas/GraphContext.tsx and
 * canvas/GraphCanvas.tsx; a feature is one folder of src/features/.
 */
const LAYERS = {
  domain: [],
  geometry: [],
  graph: ['domain', 'geometry'],
  io: ['domain', 'i18n'],
  curation: ['domain'],
  suggestions: ['domain', 'curation'],
  i18n: ['domain'],
  filters: ['domain', 'i18n'],
  export: ['domain', 'geometry', 'graph', 'i18n', 'filters'],
  store: ['domain', 'graph', 'io', 'curation', 'filters'],
  session: ['domain', 'io', 'curation', 'i18n', 'filters', 'store'],
  canvas: ['domain', 'geometry', 'graph', 'i18n', 'export', 'store'],
  ui: ['domain', 'graph', 'curation', 'suggestions', 'export', 'i18n', 'filters', 'store', 'session', 'canvas-face'],
  feature: [
    'domain',
    'graph',
    'curation',
    'suggestions',
    'export',
    'i18n',
    'filters',
    'store',
    'session',
    'canvas-face',
    'ui',
  ],
  cli: ['domain', 'io', 'i18n', 'suggestions'],
  build: [],
  app: ['domain', 'io', 'i18n', 'store', 'session', 'canvas-face', 'ui', 'feature'],
};

/** Features show one another only along these edges, never in a cycle; the explorer frame composes them all. */
const FEATURES_SHOWN_BY = {
  explorer: ['*'],
  details: ['paths', 'speakers', 'sources'],
  filters: ['speakers', 'sources'],
  curation: ['import'],
  sources: ['curation'],
  workbench: ['sources', 'curation'],
};

const CANVAS_FACE = { type: 'canvas', fileInternalPath: '{GraphContext,GraphCanvas}.tsx' };
/** A layer's own files; a feature's own folder only. */
const itself = (layer) =>
  layer === 'feature' ? { type: 'feature', captured: { feature: '{{from.captured.feature}}' } } : { type: layer };
const element = (layer) => (layer === 'canvas-face' ? CANVAS_FACE : { type: layer });

/** The app never reaches into the bench or the tests: they import it, not the other way round. */
const appOnly = {
  group: ['**/bench/**', '**/tests/**', '**/bench', '**/tests'],
  message: 'src is the app: the bench and the tests import it, never the reverse.',
};
const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'],
  message: 'Pure TypeScript here: no React or store.',
};
const noNode = {
  group: ['node:*'],
  message: 'The suggestion engine runs in the page, a Web Worker and the CLI alike: no Node built-ins.',
};
const noCytoscape = {
  group: ['cytoscape', 'cytoscape-*'],
  message: 'Only src/canvas calls Cytoscape (src/graph may use its types).',
};
const restrictImports = (files, patterns, extra = {}) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns, ...extra }] },
});

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
  {
    files: ['src/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': [
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'], partialMatch: false },
        ...Object.keys(LAYERS)
          .filter((layer) => !['feature', 'app'].includes(layer))
          .map((layer) => ({ type: layer, pattern: `src/${layer}`, partialMatch: false })),
        // Last: what no folder above claims, the page itself (App.tsx, main.tsx).
        { type: 'app', pattern: 'src', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{from.type}} may not import {{to.type}}: docs/architecture.md says what each folder of src/ may import.',
          policies: [
            ...Object.entries(LAYERS).map(([layer, allowed]) => ({
              from: { element: { type: layer } },
              allow: { to: { element: [itself(layer), ...allowed.map(element)] } },
            })),
            ...Object.entries(FEATURES_SHOWN_BY).map(([feature, shown]) => ({
              from: { element: { type: 'feature', captured: { feature } } },
              allow: { to: { element: { type: 'feature', captured: { feature: shown } } } },
            })),
          ],
        },
      ],
    },
  },
  restrictImports(['src/**'], [appOnly]),
  restrictImports(['src/domain/**', 'src/geometry/**'], [appOnly, noReact, noCytoscape]),
  restrictImports(['src/suggestions/**'], [appOnly, noReact, noCytoscape, noNode]),
  restrictImports(['src/graph/**'], [appOnly, noReact, { ...noCytoscape, allowTypeImports: true }]),
  restrictImports(
    ['src/io/**', 'src/curation/**', 'src/export/**', 'src/i18n/**', 'src/cli/**'],
    [appOnly, noCytoscape],
  ),
  restrictImports(
    ['src/store/**', 'src/session/**', 'src/features/**', 'src/ui/**', 'src/App.tsx', 'src/main.tsx'],
    [appOnly, noCytoscape],
  ),
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
