// `npm run suggest:speed`: how long the suggestion engine takes on an article of 2,000 words, the median of repeated
// runs after a warm-up (the page runs it in a worker once the reader opens; the goal is under 300 ms). The article is
// the bundled dataset's sources, repeated or cut to 2,000 words, with the dataset's actors.
import { bundledArticles } from './goldSets';
import { suggestRelations } from '../../src/suggestions/engine';

const WORDS = 2_000;
const RUNS = 15;

async function main(): Promise<void> {
  const { set, dataset } = await bundledArticles();
  const all = set.records.map((record) => record.text).join('\n');
  let text = '';
  while ((text.match(/\S+/gu) ?? []).length < WORDS) text += `${all}\n`;
  const words = text.split(/(?<=\s)(?=\S)/u);
  text = words.slice(0, WORDS).join('');
  const input = { dataset: { actors: dataset.actors, relations: dataset.relations }, text };
  const first = performance.now();
  suggestRelations(input);
  const cold = performance.now() - first;
  const times: number[] = [];
  let suggestions = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    suggestions = suggestRelations(input).suggestions.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${WORDS} words, ${dataset.actors.length} actors: median ${median.toFixed(0)} ms over ${RUNS} runs (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}; first run ${cold.toFixed(0)} ms), ${suggestions} suggestions`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
