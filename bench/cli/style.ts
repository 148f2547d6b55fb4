// `npm run bench:style`: the first styling of a generated graph in headless Cytoscape (Node): the explorer's stylesheet
// added the explorer's way, the same elements in one batch, and Cytoscape's default stylesheet; medians of 9 rounds.
// The style step is most of the explorer's first frame past 1,000 actors, and here it can be measured without a browser.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { syntheticDataset } from '../synthetic';
import { addElementsStyledInOrder } from '../../src/canvas/elements/addElements';
import { validateDatasetText } from '../../src/domain/validate';
import { datasetElements } from '../../src/graph/elements';
import { usesOverview } from '../../src/graph/layoutOptions';
import { buildStylesheet } from '../../src/graph/stylesheet';
import { problemMessage } from '../../src/i18n/problemWords';
import { readerFormatter } from '../../src/i18n/readerFormatter';

const ROUNDS = 9;
const actors = Number(process.env.BENCH_SIZE ?? 5_000);
const { dataset } = syntheticDataset({
  actors,
  relations: actors * 3,
  documents: Math.max(5, actors / 10),
  documentSize: 4_000,
  positions: true,
  seed: 7,
});
const result = validateDatasetText(JSON.stringify(dataset), { file: 'synthetic' });
if (!result.ok)
  throw new Error(
    `the generated dataset did not validate: ${result.problems[0] ? problemMessage(readerFormatter(), result.problems[0]) : ''}`,
  );
const { checked } = result;
// Past OVERVIEW_MIN_ELEMENTS the explorer starts in its overview style, as it does here.
const overview = usesOverview(actors * 4);
const elements = datasetElements(checked, { groupByAffiliation: false, overview });
const stylesheet = buildStylesheet(checked.relationTypes.values());

const ways: Record<string, (cy: Core, elements: readonly ElementDefinition[]) => void> = {
  'explorer stylesheet, actors first (as the explorer adds them)': (cy, all) => {
    cy.style(stylesheet);
    addElementsStyledInOrder(cy, all);
  },
  'explorer stylesheet, all in one batch': (cy, all) => {
    cy.style(stylesheet);
    cy.batch(() => cy.add([...all]));
  },
  'default stylesheet, all in one batch (bare Cytoscape)': (cy, all) => {
    cy.batch(() => cy.add([...all]));
  },
};

console.log(
  `${actors} actors, ${actors * 3} relations${overview ? ' (overview style)' : ''}: add and style every element, median of ${ROUNDS} rounds (ways interleaved)`,
);
const timings = new Map<string, number[]>(Object.keys(ways).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, add] of Object.entries(ways)) {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const started = performance.now();
    add(cy, elements);
    // Cytoscape styles lazily: reading one style value of every element forces the rest.
    cy.elements().forEach((element) => void element.numericStyle('width'));
    timings.get(name)?.push(performance.now() - started);
    cy.destroy();
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
for (const [name, values] of timings) console.log(`${median(values).toFixed(0).padStart(7)} ms  ${name}`);
