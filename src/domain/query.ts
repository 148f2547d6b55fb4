// Pure queries over a checked dataset: relation filters, focus neighbourhoods and actor search, each linear in the dataset.
import { CLAIM_STATUSES, claimStatusesOf, type ClaimStatus } from './claims';
import type { Actor, CheckedDataset, Evidence } from './model';
import { perDataset } from './perDataset';
import { daySpan } from './dates';
import { relationSpan } from './relationDates';
import { asOfCut, evidenceReportedBy } from './asOf';
import { speakerOf } from './speakers';

/** The filters that hide values of a list: relation types, actor kinds, cited documents, claim statuses. */
export type FilterList = 'hiddenTypes' | 'hiddenKinds' | 'hiddenDocuments' | 'hiddenStatuses';
/** The lists whose values come from the dataset (the claim statuses come from the format). */
export type DatasetFilterList = Exclude<FilterList, 'hiddenStatuses'>;

/**
 * What the user has filtered away. Sets are stored as sorted arrays so they serialise and compare simply. Each field has
 * its row in filters/filterTable.ts (default, URL, active, summary); applyFilters below is its predicate.
 */
export interface Filters {
  hiddenTypes: readonly string[];
  hiddenKinds: readonly string[];
  hiddenDocuments: readonly string[];
  /** Claim statuses hidden (domain/claims.ts): denied relations by default, until the user asks for them. */
  hiddenStatuses: readonly ClaimStatus[];
  /** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD); null = unbounded. */
  dateFrom: string | null;
  dateTo: string | null;
  hideUndated: boolean;
  /** Hide actors left without a visible relation. */
  hideIsolated: boolean;
  /** "As reported by": only what some document published by this partial date states; null = every document. */
  asOf: string | null;
  /** Only relations some evidence attributes to one of these actors (or OUTLET_VOICE); empty = every speaker. */
  speakers: readonly string[];
  /** Only relations stated by at least this many distinct documents (1 = every relation). */
  minSources: number;
}

export type FocusHops = 0 | 1 | 2;

/** Adjacency built once per dataset. */
export interface GraphIndex {
  /** Indices into dataset.relations of every relation touching an actor. */
  relationsByActor: ReadonlyMap<string, readonly number[]>;
}

/** What is shown: actor ids and relation ids, plus relation indices in dataset order for lists. */
export interface Visibility {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
  relationIndices: readonly number[];
}

export function buildGraphIndex(checked: CheckedDataset): GraphIndex {
  const relationsByActor = new Map<string, number[]>();
  for (const actor of checked.dataset.actors) relationsByActor.set(actor.id, []);
  checked.dataset.relations.forEach((relation, index) => {
    relationsByActor.get(relation.source)?.push(index);
    relationsByActor.get(relation.target)?.push(index);
  });
  return { relationsByActor };
}

/** Each relation's span (index-aligned with the dataset's relations), computed once per dataset. */
const relationSpans = perDataset((checked) => checked.dataset.relations.map(relationSpan));

/** Actors and relations that pass the filters, before focus and the isolated-actor rule. */
export function applyFilters(checked: CheckedDataset, filters: Filters): Visibility {
  const hiddenTypes = new Set(filters.hiddenTypes);
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenStatuses = new Set(filters.hiddenStatuses);
  const statuses = hiddenStatuses.size > 0 ? claimStatusesOf(checked) : [];
  const spans = relationSpans(checked);
  const from = filters.dateFrom ? (daySpan(filters.dateFrom)?.low ?? null) : null;
  const to = filters.dateTo ? (daySpan(filters.dateTo)?.high ?? null) : null;
  const passesDate = (index: number) => {
    const span = spans[index] ?? null;
    if (span === null) return !filters.hideUndated;
    return !(from !== null && span.high < from) && !(to !== null && span.low > to);
  };
  const passesEvidence = evidenceFilter(checked, filters);
  const actorIds = new Set<string>();
  for (const actor of checked.dataset.actors) if (!hiddenKinds.has(actor.kind)) actorIds.add(actor.id);
  const relationIds = new Set<string>();
  const relationIndices: number[] = [];
  checked.dataset.relations.forEach((relation, index) => {
    if (hiddenTypes.has(relation.type)) return;
    if (hiddenStatuses.size > 0 && hiddenStatuses.has(statuses[index] ?? 'asserted')) return;
    if (!actorIds.has(relation.source) || !actorIds.has(relation.target)) return;
    if (passesEvidence !== null && !passesEvidence(relation.evidence)) return;
    if (!passesDate(index)) return;
    relationIds.add(relation.id);
    relationIndices.push(index);
  });
  return { actorIds, relationIds, relationIndices };
}

/**
 * The filters that look at a relation's evidence, as one test: at least `minSources` distinct documents state it
 * through evidence that is in a shown document, published by the "as reported by" date and spoken by a chosen
 * speaker. Null when none of them is set, so the common case costs nothing. Linear in the relation's evidence.
 */
function evidenceFilter(
  checked: CheckedDataset,
  filters: Filters,
): ((evidence: readonly Evidence[]) => boolean) | null {
  const hiddenDocuments = new Set(filters.hiddenDocuments);
  const cut = filters.asOf === null ? null : asOfCut(filters.asOf);
  const speakers = new Set(filters.speakers);
  const needed = Math.max(1, Math.floor(filters.minSources));
  if (hiddenDocuments.size === 0 && cut === null && speakers.size === 0 && needed === 1) return null;
  return (evidenceList) => {
    const documents: string[] = [];
    for (const evidence of evidenceList) {
      if (hiddenDocuments.has(evidence.document)) continue;
      if (cut !== null && !evidenceReportedBy(checked, evidence.document, cut)) continue;
      if (speakers.size > 0 && !speakers.has(speakerOf(evidence))) continue;
      if (!documents.includes(evidence.document)) documents.push(evidence.document);
      if (documents.length >= needed) return true;
    }
    return false;
  };
}

/** Whether a piece of evidence is shown at the "as reported by" date (every piece when there is none). */
export function evidenceShownAsOf(checked: CheckedDataset, filters: Filters, documentId: string): boolean {
  const cut = filters.asOf === null ? null : asOfCut(filters.asOf);
  return cut === null || evidenceReportedBy(checked, documentId, cut);
}

/** Actors within `hops` visible relations of the seeds (the seeds included when visible). */
function neighbourhood(
  checked: CheckedDataset,
  index: GraphIndex,
  visible: Visibility,
  seeds: readonly string[],
  hops: number,
): Set<string> {
  const reached = new Set(seeds.filter((id) => visible.actorIds.has(id)));
  let frontier = [...reached];
  for (let hop = 0; hop < hops; hop++) {
    const next: string[] = [];
    for (const actorId of frontier) {
      for (const relationIndex of index.relationsByActor.get(actorId) ?? []) {
        const relation = checked.dataset.relations[relationIndex];
        if (!relation || !visible.relationIds.has(relation.id)) continue;
        const other = relation.source === actorId ? relation.target : relation.source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * Everything shown: the filters, then focus (only the seeds and their neighbours within `hops`),
 * then the isolated-actor rule (the seeds always stay).
 */
export function visibleGraph(
  checked: CheckedDataset,
  index: GraphIndex,
  filters: Filters,
  focus: { seeds: readonly string[]; hops: FocusHops },
): Visibility {
  return restrictVisibility(checked, index, applyFilters(checked, filters), filters.hideIsolated, focus);
}

/** The focus and isolated-actor steps of visibleGraph, on an already filtered visibility (so filtering is memoised apart). */
export function restrictVisibility(
  checked: CheckedDataset,
  index: GraphIndex,
  filtered: Visibility,
  hideIsolated: boolean,
  focus: { seeds: readonly string[]; hops: FocusHops },
): Visibility {
  let visible = filtered;
  if (focus.hops > 0 && focus.seeds.length > 0) {
    const near = neighbourhood(checked, index, visible, focus.seeds, focus.hops);
    const relationIndices = visible.relationIndices.filter((relationIndex) => {
      const relation = checked.dataset.relations[relationIndex];
      return relation !== undefined && near.has(relation.source) && near.has(relation.target);
    });
    visible = { actorIds: near, relationIds: idsOf(checked, relationIndices), relationIndices };
  }
  if (hideIsolated) {
    const connected = new Set<string>(focus.seeds.filter((id) => visible.actorIds.has(id)));
    for (const relationIndex of visible.relationIndices) {
      const relation = checked.dataset.relations[relationIndex];
      if (relation) connected.add(relation.source).add(relation.target);
    }
    visible = { ...visible, actorIds: connected };
  }
  return visible;
}

function idsOf(checked: CheckedDataset, relationIndices: readonly number[]): Set<string> {
  const ids = new Set<string>();
  for (const relationIndex of relationIndices) {
    const relation = checked.dataset.relations[relationIndex];
    if (relation) ids.add(relation.id);
  }
  return ids;
}

/** Visible relations per type id. */
export function countByType(checked: CheckedDataset, relationIndices: readonly number[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const relationIndex of relationIndices) {
    const type = checked.dataset.relations[relationIndex]?.type;
    if (type !== undefined) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

/** Actors per kind among the given actor ids. */
export function countByKind(checked: CheckedDataset, actorIds: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const actorId of actorIds) {
    const kind = checked.actorsById.get(actorId)?.kind;
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

/** Relations citing each document among the given indices (a relation counts once however often it cites one). */
export function countByDocument(checked: CheckedDataset, relationIndices: readonly number[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const relationIndex of relationIndices) {
    const cited = new Set(checked.dataset.relations[relationIndex]?.evidence.map((evidence) => evidence.document));
    for (const documentId of cited) counts.set(documentId, (counts.get(documentId) ?? 0) + 1);
  }
  return counts;
}

/** Relations per claim status among the given indices (every status listed, zero when none), for the status filter. */
export function countByStatus(checked: CheckedDataset, relationIndices: readonly number[]): Map<ClaimStatus, number> {
  const counts = new Map<ClaimStatus, number>(CLAIM_STATUSES.map((status) => [status, 0]));
  const statuses = claimStatusesOf(checked);
  for (const relationIndex of relationIndices) {
    const status = statuses[relationIndex];
    if (status !== undefined) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return counts;
}

// ---- search ----

const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', þ: 'th' };

/** Case- and diacritics-insensitive form: "Ḥamās" and "hamas" fold alike; dashes and apostrophes plain; spaces collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßıøæœđłþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchEntry {
  actorId: string;
  name: string;
  /** Folded name first, then folded aliases and search names. */
  folded: readonly string[];
  labels: readonly string[];
}

export interface SearchHit {
  actorId: string;
  name: string;
  /** The alias that matched, when it was not the name. */
  matchedAlias?: string;
}

export function buildSearchIndex(actors: readonly Actor[]): SearchEntry[] {
  return actors.map((actor) => {
    const labels = [actor.name, ...(actor.aliases ?? []), ...(actor.searchNames ?? [])];
    return { actorId: actor.id, name: actor.name, labels, folded: labels.map(foldForSearch) };
  });
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring, -1 no match. */
function matchRank(folded: string, query: string): number {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  const at = folded.indexOf(query);
  if (at < 0) return -1;
  return /[\s\-'(]/.test(folded[at - 1] ?? '') ? 2 : 3;
}

/** Actors whose name or an alias contains the query, best match first (exact, prefix, word start, anywhere), then by name. */
export function searchActors(index: readonly SearchEntry[], query: string, limit = 12): SearchHit[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  const ranked: { hit: SearchHit; rank: number }[] = [];
  for (const entry of index) {
    let best = -1;
    let bestAt = 0;
    entry.folded.forEach((label, at) => {
      const rank = matchRank(label, folded);
      if (rank >= 0 && (best < 0 || rank < best)) {
        best = rank;
        bestAt = at;
      }
    });
    if (best < 0) continue;
    const hit: SearchHit = { actorId: entry.actorId, name: entry.name };
    if (bestAt > 0) hit.matchedAlias = entry.labels[bestAt];
    ranked.push({ hit, rank: best });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.hit.name.localeCompare(b.hit.name));
  return ranked.slice(0, limit).map((entry) => entry.hit);
}
