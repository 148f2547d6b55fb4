// The layer table of docs/architecture.md is held by ESLint (eslint.config.js): for every row, an import it allows
// passes and one it forbids is reported, so a rule that stopped matching would fail here.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** [the importing file, what it imports, whether the table allows it]; the imported files exist. */
const CASES: [string, string, boolean][] = [
  ['src/domain/planted.ts', './model', true],
  ['src/domain/planted.ts', '../store/store', false],
  ['src/domain/planted.ts', '../geometry/point', false],
  ['src/geometry/planted.ts', './point', true],
  ['src/geometry/planted.ts', '../graph/palette', false],
  ['src/graph/planted.ts', '../geometry/point', true],
  ['src/graph/planted.ts', '../store/store', false],
  ['src/io/planted.ts', '../domain/model', true],
  ['src/io/planted.ts', '../i18n/readerFormatter', true],
  ['src/io/planted.ts', '../store/store', false],
  ['src/curation/planted.ts', '../domain/model', true],
  ['src/curation/planted.ts', '../io/openDataset', false],
  ['src/suggestions/planted.ts', '../domain/model', true],
  ['src/suggestions/planted.ts', '../curation/passageSelector', true],
  ['src/suggestions/planted.ts', '../store/store', false],
  ['src/suggestions/planted.ts', '../io/openDataset', false],
  ['src/suggestions/planted.ts', '../ui/httpUrl', false],
  ['src/suggestions/planted.ts', '../canvas/GraphContext', false],
  ['src/suggestions/planted.ts', '../features/details/DetailsPanel', false],
  ['src/suggestions/planted.ts', '../i18n/formatter', false],
  ['src/features/sources/planted.ts', '../../suggestions/types', true],
  ['src/cli/planted.ts', '../suggestions/types', true],
  ['src/i18n/planted.ts', '../domain/model', true],
  ['src/i18n/planted.ts', '../store/store', false],
  ['src/filters/planted.ts', '../i18n/formatter', true],
  ['src/filters/planted.ts', '../store/store', false],
  ['src/export/planted.ts', '../graph/palette', true],
  ['src/export/planted.ts', '../store/store', false],
  ['src/store/planted.ts', '../curation/forms', true],
  ['src/store/planted.ts', '../session/urlState', false],
  ['src/session/planted.ts', '../store/store', true],
  ['src/session/planted.ts', '../canvas/GraphContext', false],
  ['src/canvas/controllers/planted.ts', '../../store/store', true],
  ['src/canvas/controllers/planted.ts', '../../session/urlState', false],
  ['src/canvas/controllers/planted.ts', '../../ui/httpUrl', false],
  ['src/ui/planted.ts', '../canvas/GraphContext', true],
  ['src/ui/planted.ts', '../canvas/figure/graphPainter', false],
  ['src/ui/planted.ts', '../features/details/DetailsPanel', false],
  ['src/features/details/planted.ts', '../speakers/SpeakerClaims', true],
  ['src/features/details/planted.ts', '../../canvas/controllers/HoverTooltip', false],
  ['src/features/speakers/planted.ts', '../details/DetailsPanel', false],
  ['src/features/explorer/planted.ts', '../details/DetailsPanel', true],
  ['src/cli/planted.ts', '../io/openDataset', true],
  ['src/cli/planted.ts', '../store/store', false],
];

const eslint = new ESLint({ cwd: ROOT });

async function reported(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layer rules', () => {
  it.each(CASES)('%s importing %s: allowed %s', async (file, target, allowed) => {
    const rules = await reported(file, `import * as planted from '${target}';\nexport { planted };\n`);
    expect(rules.filter((rule) => rule === 'boundaries/dependencies')).toEqual(
      allowed ? [] : ['boundaries/dependencies'],
    );
  });

  it('keeps React out of the pure layers and Cytoscape to its types in src/graph', async () => {
    expect(await reported('src/geometry/planted.ts', "export { useState } from 'react';\n")).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(
      await reported('src/graph/planted.ts', "import cytoscape from 'cytoscape';\nexport { cytoscape };\n"),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await reported('src/graph/planted.ts', "import type { Core } from 'cytoscape';\nexport type { Core };\n"),
    ).toEqual([]);
  });

  it('keeps React and Node built-ins out of the suggestion engine, which runs in the page, a worker and the CLI', async () => {
    expect(await reported('src/suggestions/planted.ts', "export { useState } from 'react';\n")).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await reported('src/suggestions/planted.ts', "export { readFileSync } from 'node:fs';\n")).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });
});
