// `npm run suggest:lexicon`: generates src/suggestions/cueLexicon.json, the suggestion engine's cue lexicon, from the
// field's own sources kept beside it in src/suggestions/sources/ (see docs/suggestions.md, "The cue lexicon"):
//   - CAMEO.2.0.txt, the CAMEO verb dictionary of the PETRARCH2 event coder (MIT licence, Open Event Data Alliance):
//     verbs, their forms and the phrase patterns that refine a verb's CAMEO code;
//   - CAMEO2PLOVER-2021.txt, the PLOVER project's CAMEO → PLOVER table (CC BY-SA 4.0, Open Event Data Alliance).
// Nothing is hand-copied: rerun this after changing a source, and commit the result.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildLexicon } from '../suggestions/lexiconSource';

const HERE = path.resolve(import.meta.dirname, '../suggestions');
const SOURCES = path.join(HERE, 'sources');
const OUTPUT = path.join(HERE, 'cueLexicon.json');

async function main(): Promise<void> {
  const [verbSource, ploverSource] = await Promise.all([
    readFile(path.join(SOURCES, 'CAMEO.2.0.txt'), 'utf8'),
    readFile(path.join(SOURCES, 'CAMEO2PLOVER-2021.txt'), 'utf8'),
  ]);
  const lexicon = buildLexicon(verbSource, ploverSource);
  await writeFile(OUTPUT, `${JSON.stringify(lexicon)}\n`);
  const patternCount = Object.values(lexicon.patterns).reduce((sum, list) => sum + list.length, 0);
  console.log(
    `wrote ${path.relative(process.cwd(), OUTPUT)}: ${Object.keys(lexicon.verbs).length} verb forms, ${patternCount} patterns, ${Object.keys(lexicon.synonyms).length} synonym sets`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
