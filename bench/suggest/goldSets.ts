// The gold sets `npm run suggest:score` measures the suggestion engine against (bench/suggest/gold/README.md says where
// each comes from and under which licence): each as records of text with the events coded in it, and the actor
// dictionary the engine is given (as an event coder is given its own).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Actor, Dataset } from '../../src/domain/model';
import { sentencesIn } from '../../src/domain/sentences';
import { validateDatasetFile } from '../../src/cli/nodeDataset';

const GOLD = path.join(import.meta.dirname, 'gold');

/** One coded event: who did what to whom. Actors are compared by their root code (3 letters: the state, IGO, …). */
export interface GoldEvent {
  /** CAMEO code, or a PLOVER event type when the set codes PLOVER. */
  code: string;
  source: string;
  target: string;
  /** The curated relation, for the bundled articles. */
  relation?: string;
}

export interface GoldRecord {
  id: string;
  text: string;
  events: GoldEvent[];
  /** Where the record's evidence sits in the text, for the bundled articles (a suggestion must share its sentence). */
  anchors?: { start: number; end: number }[];
}

export interface GoldSet {
  name: string;
  /** How the gold codes events: CAMEO codes or PLOVER event types. */
  codes: 'cameo' | 'plover' | 'type';
  records: GoldRecord[];
  actors: Actor[];
  /** Actor id → root code the gold uses. */
  rootOf: (actorId: string) => string;
}

const root = (code: string) => code.slice(0, 3).toUpperCase();

/** Title case for dictionary names written in capitals: "VLADIMIR_PUTIN_" → "Vladimir Putin". */
function dictionaryName(raw: string): string {
  return raw
    .replace(/_+$/u, '')
    .split('_')
    .filter((word) => word !== '')
    .map((word) => (word.length <= 3 && /^[A-Z.]+$/u.test(word) ? word : word[0] + word.slice(1).toLowerCase()))
    .join(' ');
}

/**
 * A PETRARCH actor dictionary as actors, one per root code, every name and alias of that root its labels. An entry's
 * code is on its line or on the bracket lines after it; an entry without one takes the code of the entry before it.
 */
export function dictionaryActors(sources: readonly string[], kindOf: (root: string) => Actor['kind']): Actor[] {
  const labels = new Map<string, Set<string>>();
  for (const source of sources) {
    let pending: string[] = [];
    let lastRoot: string | null = null;
    const flush = (code: string | null) => {
      const rootCode = code === null ? lastRoot : root(code);
      if (rootCode !== null && /^[A-Z]{3}$/u.test(rootCode)) {
        const set = labels.get(rootCode) ?? new Set<string>();
        for (const name of pending) set.add(name);
        labels.set(rootCode, set);
        lastRoot = rootCode;
      }
      pending = [];
    };
    for (const raw of source.split('\n')) {
      const line = raw.replace(/#.*$/u, '').trim();
      if (line === '' || line.startsWith('<')) continue;
      const code = /\[([A-Za-z-]{3,})[^\]]*\]/u.exec(line)?.[1] ?? null;
      if (line.startsWith('[')) {
        if (code !== null && pending.length > 0) flush(code);
        continue;
      }
      const name = dictionaryName(line.replace(/^\+/u, '').replace(/\[.*$/u, '').replace(/\{.*$/u, '').trim());
      if (!line.startsWith('+') && pending.length > 0) flush(null);
      if (name !== '' && !/^[-!&]/u.test(name)) pending.push(name);
      if (code !== null) flush(code);
    }
    flush(null);
  }
  return [...labels].map(([code, names]) => {
    const [name, ...aliases] = [...names];
    return { id: code.toLowerCase(), name: name ?? code, kind: kindOf(code), aliases } as Actor;
  });
}

const countryLike = (code: string) => (/^(?:IGO|NGO|IMG|MNC|PSE)$/u.test(code) ? 'organization' : 'state');

/** PETRARCH2's unit-test records (MIT): stylised news sentences with their CAMEO events. The tuning set. */
export async function petrarchValidation(): Promise<GoldSet> {
  const folder = path.join(GOLD, 'petrarch2');
  const xml = await readFile(path.join(folder, 'PETR.UnitTest.records.xml'), 'utf8');
  const actors = dictionaryActors(
    [await readFile(path.join(folder, 'PETR.Validate.actors.txt'), 'utf8')],
    () => 'state',
  );
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const records: GoldRecord[] = [];
  const sentences = document.getElementsByTagName('Sentence');
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences.item(index)!;
    const text = sentence.getElementsByTagName('Text').item(0)?.textContent?.trim().replace(/\s+/gu, ' ') ?? '';
    if (text === '') continue;
    const events: GoldEvent[] = [];
    let usable = true;
    const codings = sentence.getElementsByTagName('EventCoding');
    for (let at = 0; at < codings.length; at++) {
      const coding = codings.item(at)!;
      if (coding.getAttribute('error')) usable = false;
      const [source, target, code] = ['sourcecode', 'targetcode', 'eventcode'].map(
        (name) => coding.getAttribute(name) ?? '',
      );
      if (!code || !source || !target) continue;
      // A coding that names no actor of the dictionary ("---GOV", a quoted phrase) is kept: the engine should find it.
      events.push({ code, source: root(source), target: root(target) });
    }
    if (usable) records.push({ id: sentence.getAttribute('id') ?? String(index), text, events });
  }
  return { name: 'PETRARCH2 validation records (tuning)', codes: 'cameo', records, actors, rootOf: root };
}

/** The PLOVER gold standard records (CC BY-SA 4.0): sentences of the CAMEO manual coded in PLOVER. Kept unseen. */
export async function ploverGoldStandard(): Promise<GoldSet> {
  const raw = JSON.parse(await readFile(path.join(GOLD, 'plover', 'PLOVER_GSR_CAMEO.txt'), 'utf8')) as {
    id: string;
    event: string;
    text?: string;
    source?: { code?: string }[] | { code?: string };
    target?: { code?: string }[] | { code?: string };
    textInfo?: { markup?: string };
  }[];
  const folder = path.join(GOLD, 'petrarch2');
  const actors = dictionaryActors(
    await Promise.all(
      ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt'].map((file) =>
        readFile(path.join(folder, file), 'utf8'),
      ),
    ),
    countryLike,
  );
  // PLOVER 0.5 names of the GSR that the 2021 manual renamed or merged.
  const renamed: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', FIGHT: 'ASSAULT' };
  const records: GoldRecord[] = [];
  for (const record of raw) {
    if (record.event === 'DOCUMENT' || !record.text) continue;
    const code = renamed[record.event] ?? record.event;
    // A few records give one actor as an object rather than a list of one.
    const list = (actors: { code?: string }[] | { code?: string } | undefined) =>
      (Array.isArray(actors) ? actors : actors ? [actors] : []).map((actor) => root(actor.code ?? '---'));
    const sources = list(record.source);
    const targets = list(record.target);
    const events: GoldEvent[] = [];
    if (targets.length > 0)
      for (const s of sources) for (const t of targets) events.push({ code, source: s, target: t });
    // SRC/TAR: compound actors that act on one another ("Hungarian and Romanian officials agreed").
    else if (/SRC\/TAR/u.test(record.textInfo?.markup ?? ''))
      for (const s of sources) for (const t of sources) if (s !== t) events.push({ code, source: s, target: t });
    records.push({ id: record.id, text: record.text.replace(/\\\$/gu, '$'), events });
  }
  return { name: 'PLOVER gold standard records (unseen)', codes: 'plover', records, actors, rootOf: root };
}

/**
 * The bundled dataset's curated relations, per document: a relation is found when a suggestion has its type, both
 * actors and a quote in the same sentence as one of its quotes.
 */
export async function bundledArticles(file = 'data/russia-israel-iran/dataset.json'): Promise<{
  set: GoldSet;
  dataset: Dataset;
  oneSentence: Set<string>;
}> {
  const outcome = await validateDatasetFile(file);
  if (!outcome.readable || !outcome.result.ok) throw new Error(`${file}: not a valid dataset`);
  const { checked } = outcome.result;
  const records: GoldRecord[] = [];
  const oneSentence = new Set<string>();
  for (const document of checked.dataset.documents) {
    const text = checked.documentTexts.get(document.id) ?? '';
    const events: GoldEvent[] = [];
    const anchors: { start: number; end: number }[] = [];
    checked.dataset.relations.forEach((relation, relationIndex) => {
      relation.evidence.forEach((evidence, evidenceIndex) => {
        if (evidence.document !== document.id) return;
        const anchor = checked.anchors[relationIndex]?.[evidenceIndex];
        if (!anchor) return;
        events.push({ code: relation.type, source: relation.source, target: relation.target, relation: relation.id });
        anchors.push(anchor);
        const lineStart = text.lastIndexOf('\n', anchor.start - 1) + 1;
        const lineEnd = text.indexOf('\n', anchor.end) < 0 ? text.length : text.indexOf('\n', anchor.end);
        const within = sentencesIn(text, { start: lineStart, end: lineEnd }).some(
          (sentence) => sentence.start <= anchor.start && anchor.end <= sentence.end,
        );
        if (within) oneSentence.add(relation.id);
      });
    });
    records.push({ id: document.id, text, events, anchors });
  }
  return {
    set: {
      name: 'Bundled articles (curated relations)',
      codes: 'type',
      records,
      actors: checked.dataset.actors,
      rootOf: (id) => id,
    },
    dataset: checked.dataset,
    oneSentence,
  };
}
