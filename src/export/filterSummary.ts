// Pure: what the active filters and focus show, as words for a figure's title (in the reader's language) and as a
import { actorKindLabel } from '../domain/actorKinds';
import { ACTOR_KINDS } from '../domain/schema';
// short slug for file names (always the same ASCII words, whoever reads).
import { CLAIM_STATUSES, claimStatusesOf, DEFAULT_HIDDEN_STATUSES, type ClaimStatus } from '../domain/claims';
import type { CheckedDataset } from '../domain/model';
import type { DatasetFilterList, Filters, FocusHops } from '../domain/query';
import type { Formatter } from '../i18n/formatter';

export interface ViewFilters {
  filters: Filters;
  focusHops: FocusHops;
  /** Actor ids the focus grows from (empty when not focusing). */
  focusSeeds: readonly string[];
}

export interface FilterSummary {
  /** For the title, e.g. "relation types: strikes · dates 2024 – 2025"; "" when nothing is filtered. */
  text: string;
  /** For file names, e.g. "strikes-2024-2025"; "" when nothing is filtered. */
  slug: string;
}

interface Part {
  text: string;
  slug?: string;
}

const MAX_SLUG_LENGTH = 60;

/** What a list filter is called in file names. */
const SLUG_NOUNS: Record<DatasetFilterList, string> = {
  hiddenTypes: 'relation-types',
  hiddenKinds: 'actor-kinds',
  hiddenDocuments: 'documents',
};

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cut at a hyphen so no word is split, within the length limit. */
function shorten(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** A part for a list filter: the shown values when few, else what is hidden, else a count. */
function listPart(
  format: Formatter,
  list: DatasetFilterList,
  all: readonly string[],
  hidden: readonly string[],
  label: (id: string) => string,
): Part | null {
  const hiddenSet = new Set(hidden);
  const hiddenUsed = all.filter((id) => hiddenSet.has(id));
  if (hiddenUsed.length === 0) return null;
  const shown = all.filter((id) => !hiddenSet.has(id));
  const noun = SLUG_NOUNS[list];
  const values = (ids: readonly string[]) => ids.map(label).join(', ');
  if (shown.length === 0) return { text: format.t('figure.filter.none', { list }), slug: `no-${noun}` };
  if (shown.length <= 3)
    return { text: format.t('figure.filter.shown', { list, values: values(shown) }), slug: shown.join('-') };
  if (hiddenUsed.length <= 2)
    return {
      text: format.t('figure.filter.allBut', { list, values: values(hiddenUsed) }),
      slug: `without-${hiddenUsed.join('-')}`,
    };
  return { text: format.t('figure.filter.shown', { list, values: values(shown) }), slug: `${shown.length}-${noun}` };
}

function datePart(format: Formatter, filters: Filters): Part | null {
  const { dateFrom: from, dateTo: to } = filters;
  const date = format.partialDate;
  if (from && to)
    return {
      text: format.t('figure.filter.dates', { from: date(from), to: date(to) }),
      slug: from === to ? from : `${from}-${to}`,
    };
  if (from) return { text: format.t('figure.filter.from', { from: date(from) }), slug: `from-${from}` };
  if (to) return { text: format.t('figure.filter.until', { to: date(to) }), slug: `to-${to}` };
  return null;
}

/**
 * What the status filter changes from its default (denied relations hidden): the statuses shown when others are
 * hidden too, and denied relations when they are shown. Statuses no relation has are left out.
 */
function statusParts(format: Formatter, checked: CheckedDataset, filters: Filters): Part[] {
  const words = (list: readonly ClaimStatus[]) => list.map((status) => format.t(`claims.status.${status}`)).join(', ');
  const statuses = claimStatusesOf(checked);
  const used = CLAIM_STATUSES.filter((status) => statuses.includes(status));
  const hidden = new Set(filters.hiddenStatuses);
  const parts: Part[] = [];
  const hiddenBeyondDefault = used.filter((status) => hidden.has(status) && !DEFAULT_HIDDEN_STATUSES.includes(status));
  if (hiddenBeyondDefault.length > 0) {
    const shown = used.filter((status) => !hidden.has(status));
    parts.push(
      shown.length === 0
        ? { text: format.t('figure.filter.noClaims'), slug: 'no-claims' }
        : { text: format.t('figure.filter.claims', { statuses: words(shown) }), slug: shown.join('-') },
    );
  }
  const denialsShown = DEFAULT_HIDDEN_STATUSES.filter((status) => used.includes(status) && !hidden.has(status));
  if (denialsShown.length > 0 && hiddenBeyondDefault.length === 0)
    parts.push({
      text: format.t('figure.filter.claimsShown', { statuses: words(denialsShown) }),
      slug: `with-${denialsShown.join('-')}`,
    });
  return parts;
}

export function filterSummary(checked: CheckedDataset, view: ViewFilters, format: Formatter): FilterSummary {
  const { filters } = view;
  const usedTypes = [...checked.relationTypes.keys()].filter((id) =>
    checked.dataset.relations.some((relation) => relation.type === id),
  );
  const usedKinds = ACTOR_KINDS.filter((kind) => checked.dataset.actors.some((actor) => actor.kind === kind));
  const documents = checked.dataset.documents.map((document) => document.id);
  const seeds = view.focusSeeds.filter((id) => checked.actorsById.has(id));

  const parts = [
    listPart(format, 'hiddenTypes', usedTypes, filters.hiddenTypes, (id) => checked.relationTypes.get(id)?.label ?? id),
    listPart(format, 'hiddenKinds', usedKinds, filters.hiddenKinds, actorKindLabel),
    listPart(
      format,
      'hiddenDocuments',
      documents,
      filters.hiddenDocuments,
      (id) => checked.documentsById.get(id)?.title ?? id,
    ),
    ...statusParts(format, checked, filters),
    datePart(format, filters),
    filters.hideUndated ? { text: format.t('figure.filter.datedOnly'), slug: 'dated' } : null,
    filters.hideIsolated ? { text: format.t('figure.filter.isolatedHidden') } : null,
    view.focusHops > 0 && seeds.length > 0
      ? {
          text: format.t('figure.filter.focus', {
            hops: view.focusHops,
            actors: format.list(seeds.map((id) => checked.actorsById.get(id)?.name ?? id)),
          }),
          slug: `around-${seeds.join('-')}`,
        }
      : null,
  ].filter((part): part is Part => part !== null);

  return {
    text: parts.map((part) => part.text).join(' · '),
    slug: shorten(slugify(parts.flatMap((part) => (part.slug ? [part.slug] : [])).join('-'))),
  };
}
