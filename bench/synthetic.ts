// Deterministic synthetic datasets for benchmarks: valid by construction, with real quotes in real (generated) source texts.
import type { Actor, Dataset, Relation, SourceDocument } from '../src/domain/model';
import { ACTOR_KINDS } from '../src/domain/schema';
import { BUILT_IN_RELATION_TYPES } from '../src/domain/relationTypes';
import { mulberry32 } from '../src/canvas/layout/seededRandom';

export interface SyntheticOptions {
  actors: number;
  relations: number;
  documents: number;
  /** Approximate size of each document's text, in characters. */
  documentSize: number;
  /** Give every actor a saved position (a grid), as a curated large dataset would. */
  positions?: boolean;
  /** Keep texts in textFiles (returned separately) rather than inline. */
  textFiles?: boolean;
  seed?: number;
}

export interface SyntheticDataset {
  dataset: Dataset;
  /** textFile path → content, when options.textFiles. */
  files: Map<string, string>;
}

const WORDS = [
  'talks',
  'border',
  'militia',
  'ministry',
  'envoy',
  'strike',
  'convoy',
  'treaty',
  'summit',
  'sanctions',
  'airbase',
  'pipeline',
  'ceasefire',
  'delegation',
  'corridor',
  'reactor',
];

export function syntheticDataset(options: SyntheticOptions): SyntheticDataset {
  // Seeded, so the same options give the same dataset byte for byte.
  const next = mulberry32(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const columns = Math.ceil(Math.sqrt(options.actors));

  const actors: Actor[] = Array.from({ length: options.actors }, (_, index) => ({
    id: `actor-${index}`,
    name: `Actor ${index} ${pick(WORDS)}`,
    kind: pick(ACTOR_KINDS),
    ...(index % 7 === 0 && { aliases: [`A${index}`] }),
    ...(options.positions && { position: { x: (index % columns) * 120, y: Math.floor(index / columns) * 120 } }),
  }));

  // Each relation quotes one sentence; every sentence is unique because it names its relation's number.
  const sentencesPerDocument = Math.ceil(options.relations / options.documents);
  const documentSentences: string[][] = Array.from({ length: options.documents }, () => []);
  const relations: Relation[] = [];
  for (let index = 0; index < options.relations; index++) {
    // The first actors.length relations chain every actor, so none is left without a relation.
    const source = index < options.actors ? index : Math.floor(next() * options.actors);
    let target = index < options.actors ? (index + 1) % options.actors : Math.floor(next() * options.actors);
    if (target === source) target = (source + 1) % options.actors;
    const type = BUILT_IN_RELATION_TYPES[index % BUILT_IN_RELATION_TYPES.length]!;
    const documentIndex = Math.floor(index / sentencesPerDocument) % options.documents;
    const sentence = `Actor ${source} and Actor ${target} were linked by “${type.label}” in event number ${index}\u00a0— about the ${pick(WORDS)} and the ${pick(WORDS)}.`;
    documentSentences[documentIndex]!.push(sentence);
    const year = 2000 + (index % 22);
    relations.push({
      id: `relation-${index}`,
      type: type.id,
      source: `actor-${source}`,
      target: `actor-${target}`,
      date: `${year}-${String(1 + (index % 12)).padStart(2, '0')}`,
      evidence: [
        {
          document: `document-${documentIndex}`,
          quote: sentence.replace('\u00a0', ' ').replace('“', '"').replace('”', '"').replace('—', '-'),
        },
      ],
    });
  }

  const files = new Map<string, string>();
  const documents: SourceDocument[] = documentSentences.map((sentences, index) => {
    let text = sentences.join(' ');
    const filler = `Background paragraph on the ${WORDS[index % WORDS.length]} of document ${index}, with no claim in it. `;
    while (text.length < options.documentSize) text += '\n\n' + filler.repeat(4);
    const base = {
      id: `document-${index}`,
      title: `Report ${index}`,
      outlet: `Outlet ${index % 17}`,
      published: `${2000 + (index % 22)}-06-01`,
      url: `https://example.org/report/${index}`,
    };
    if (!options.textFiles) return { ...base, text };
    const path = `sources/document-${index}.txt`;
    files.set(path, text);
    return { ...base, textFile: path };
  });

  return {
    dataset: {
      formatVersion: 1,
      id: 'synthetic',
      title: `Synthetic ${options.actors} actors / ${options.relations} relations`,
      documents,
      actors,
      relations,
    },
    files,
  };
}
