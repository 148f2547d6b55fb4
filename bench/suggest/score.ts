// `npm run suggest:score [-- --unseen] [-- --misses]`: the suggestion engine measured against the gold sets in bench/suggest/gold/
// and the bundled dataset: precision, recall and F1 per type and overall at three levels (the relation type with both
// actors, the PLOVER quad class with both actors, the actor pair alone), and the recall of curated relations whose
// quote is one sentence. The PLOVER gold standard is the unseen set: scored only with --unseen.
import { relationVocabulary } from '../../src/domain/relationTypes';
import { eventOf, PLOVER_TO_TYPE } from '../../src/suggestions/lexicon';
import { suggestRelations } from '../../src/suggestions/engine';
import type { Suggestion } from '../../src/suggestions/types';
import { bundledArticles, petrarchValidation, ploverGoldStandard, type GoldRecord, type GoldSet } from './goldSets';

const vocabulary = relationVocabulary(undefined);

type Level = 'type' | 'quad' | 'pair';
const LEVELS: Level[] = ['type', 'quad', 'pair'];

interface Item {
  type: string;
  /** What the type level compares: the PLOVER event type for a set coded in PLOVER (several types share one), else the type. */
  event: string;
  source: string;
  target: string;
  /** Where the gold's quote sits, or the suggestion's sentence. */
  range?: { start: number; end: number };
  relation?: string;
}

function goldType(set: GoldSet, code: string): string | null {
  if (set.codes === 'type') return code;
  if (set.codes === 'plover') return PLOVER_TO_TYPE[code] ?? null;
  return eventOf(code, vocabulary)?.type ?? null;
}

function key(item: Item, level: Level): string {
  const type = vocabulary.get(item.type);
  const unordered = level === 'pair' || (type !== undefined && !type.directed);
  const [a, b] = unordered ? [item.source, item.target].sort() : [item.source, item.target];
  const what = level === 'type' ? item.event : level === 'quad' ? (type?.category ?? item.type) : '';
  return `${what}|${a}|${b}`;
}

const overlaps = (a?: { start: number; end: number }, b?: { start: number; end: number }) =>
  a === undefined || b === undefined || (a.start < b.end && b.start < a.end);

interface Tally {
  tp: number;
  predicted: number;
  gold: number;
}
const tally = (): Tally => ({ tp: 0, predicted: 0, gold: 0 });

/** Greedy one-to-one matching of a record's suggestions to its gold items at one level. */
function match(gold: readonly Item[], predicted: readonly Item[], level: Level): Set<number> {
  const used = new Set<number>();
  const found = new Set<number>();
  gold.forEach((item, goldIndex) => {
    const wanted = key(item, level);
    const at = predicted.findIndex(
      (candidate, index) =>
        !used.has(index) && key(candidate, level) === wanted && overlaps(item.range, candidate.range),
    );
    if (at >= 0) {
      used.add(at);
      found.add(goldIndex);
    }
  });
  return found;
}

function score(
  set: GoldSet,
  oneSentence?: ReadonlySet<string>,
  dataset?: Parameters<typeof suggestRelations>[0]['dataset'],
) {
  const overall = new Map(LEVELS.map((level) => [level, tally()]));
  const perType = new Map<string, Tally>();
  const oneSentenceRelations = new Map<string, boolean>();
  let unmapped = 0;
  for (const record of set.records) {
    const { gold, predicted } = itemsOf(set, record, dataset);
    unmapped += record.events.length - gold.length;
    for (const level of LEVELS) {
      const found = match(gold, predicted, level);
      const counts = overall.get(level)!;
      counts.tp += found.size;
      counts.gold += gold.length;
      counts.predicted += predicted.length;
      if (level !== 'type') continue;
      for (const [index, item] of gold.entries()) {
        const row = perType.get(item.event) ?? tally();
        row.gold++;
        if (found.has(index)) row.tp++;
        perType.set(item.event, row);
        if (item.relation !== undefined && oneSentence?.has(item.relation))
          oneSentenceRelations.set(
            item.relation,
            (oneSentenceRelations.get(item.relation) ?? false) || found.has(index),
          );
      }
      for (const item of predicted) {
        const row = perType.get(item.event) ?? tally();
        row.predicted++;
        perType.set(item.event, row);
      }
    }
  }
  return { overall, perType, oneSentenceRelations, unmapped };
}

function itemsOf(set: GoldSet, record: GoldRecord, dataset?: Parameters<typeof suggestRelations>[0]['dataset']) {
  const result = suggestRelations({ dataset: dataset ?? { actors: set.actors, relations: [] }, text: record.text });
  const gold: Item[] = [];
  record.events.forEach((event, index) => {
    const type = goldType(set, event.code);
    if (type === null) return;
    gold.push({
      type,
      event: set.codes === 'plover' ? event.code : type,
      source: event.source,
      target: event.target,
      ...(record.anchors?.[index] && { range: record.anchors[index] }),
      ...(event.relation !== undefined && { relation: event.relation }),
    });
  });
  const end = (end: Suggestion['source']) => (end.id !== undefined ? set.rootOf(end.id) : `new:${end.name}`);
  const predicted: Item[] = result.suggestions.map((suggestion) => ({
    type: suggestion.type,
    event: set.codes === 'plover' ? suggestion.plover : suggestion.type,
    source: end(suggestion.source),
    target: end(suggestion.target),
    range: suggestion.sentence,
  }));
  return { gold, predicted };
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const shown = (value: number) => (Number.isNaN(value) ? '   —' : value.toFixed(2).padStart(5));

function report(name: string, result: ReturnType<typeof score>, records: number): void {
  console.log(`\n## ${name}: ${records} records`);
  console.log('level        precision  recall     F1   (tp / suggested / gold)');
  for (const [level, t] of result.overall) {
    const p = ratio(t.tp, t.predicted);
    const r = ratio(t.tp, t.gold);
    console.log(
      `${level.padEnd(12)} ${shown(p)}     ${shown(r)}  ${shown(f1(p, r))}   (${t.tp} / ${t.predicted} / ${t.gold})`,
    );
  }
  if (result.unmapped > 0)
    console.log(`(${result.unmapped} gold events name no relation type, e.g. CAMEO 01 statements: left out)`);
  console.log('per type (event type with both actors; PLOVER event types for a set coded in PLOVER):');
  for (const [type, t] of [...result.perType].sort((a, b) => b[1].gold - a[1].gold)) {
    const p = ratio(t.tp, t.predicted);
    const r = ratio(t.tp, t.gold);
    console.log(
      `  ${type.padEnd(13)} P ${shown(p)}  R ${shown(r)}  F1 ${shown(f1(p, r))}   (${t.tp} / ${t.predicted} / ${t.gold})`,
    );
  }
  if (result.oneSentenceRelations.size > 0) {
    const found = [...result.oneSentenceRelations.values()].filter(Boolean).length;
    console.log(
      `curated relations with a one-sentence quote suggested (type and both actors): ${found} / ${result.oneSentenceRelations.size} = ${shown(ratio(found, result.oneSentenceRelations.size))}`,
    );
  }
}

/** `--misses`: each curated relation of the bundled articles not suggested, with what was suggested in its sentence. */
function printMisses(set: GoldSet, dataset: Parameters<typeof suggestRelations>[0]['dataset']): void {
  console.log("\n## Curated relations not suggested (type and both actors, in the quote's sentence)");
  for (const record of set.records) {
    const { suggestions } = suggestRelations({ dataset, text: record.text });
    record.events.forEach((event, index) => {
      const anchor = record.anchors?.[index];
      if (anchor === undefined) return;
      const near = suggestions.filter((s) => s.sentence.start < anchor.end && anchor.start < s.sentence.end);
      const ends = (s: Suggestion) => [s.source.id ?? s.source.name, s.target.id ?? s.target.name];
      const found = near.some((s) => {
        const [from, to] = ends(s);
        return s.type === event.code && [from, to].sort().join() === [event.source, event.target].sort().join();
      });
      if (found) return;
      console.log(`- ${event.relation} (${event.code}): "${record.text.slice(anchor.start, anchor.end)}"`);
      for (const s of near)
        console.log(`    suggested: ${ends(s).join(` ${s.type} `)} (${s.rule}: ${s.cues.join(' ')})`);
    });
  }
}

async function main(argv: string[]): Promise<void> {
  const bundled = await bundledArticles();
  const dataset = { actors: bundled.dataset.actors, relations: [], relationTypes: bundled.dataset.relationTypes };
  report(bundled.set.name, score(bundled.set, bundled.oneSentence, dataset), bundled.set.records.length);
  // The seed's cues for its own types were written while reading these articles: the figure without them too.
  const withoutCues = { ...dataset, relationTypes: dataset.relationTypes?.map(({ cues: _cues, ...type }) => type) };
  report(
    `${bundled.set.name}, without the dataset's own cues`,
    score(bundled.set, bundled.oneSentence, withoutCues),
    bundled.set.records.length,
  );
  if (argv.includes('--misses')) printMisses(bundled.set, dataset);
  const tuning = await petrarchValidation();
  report(tuning.name, score(tuning), tuning.records.length);
  if (argv.includes('--unseen')) {
    const unseen = await ploverGoldStandard();
    report(unseen.name, score(unseen), unseen.records.length);
  } else console.log('\n(the unseen PLOVER gold standard is scored with --unseen)');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
