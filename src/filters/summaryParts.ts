// Pure: how the filters say what they do in a figure's title (the reader's words) and file name (always the same ASCII
// words): the pieces the filter table's rows put together.
import { actorKindLabel } from '../domain/actorKinds';
import { CLAIM_STATUSES, claimStatusesOf, DEFAULT_HIDDEN_STATUSES, type ClaimStatus } from '../domain/claims';
import type { CheckedDataset } from '../domain/model';
import type { DatasetFilterList, Filters } from '../domain/query';
import { ACTOR_KINDS } from '../domain/formatValues';
import { OUTLET_VOICE } from '../domain/speakers';
import type { Formatter } from '../i18n/formatter';

/** One filter's words in a figure's summary, and its piece of the file name (none: the title only). */
export interface SummaryPart {
  text: string;
  slug?: string;
}

/** What a row needs to say its part: the dataset (labels, the values in use) and the reader's formatter. */
export interface SummaryContext {
  checked: CheckedDataset;
  format: Formatter;
}

/** What a list filter is called in file names. */
const SLUG_NOUNS: Record<DatasetFilterList, string> = {
  hiddenTypes: 'relation-types',
  hiddenKinds: 'actor-kinds',
  hiddenDocuments: 'documents',
};

/** A list filter's values in use, and how each is named: only values some relation or actor has are worth saying. */
const LIST_VALUES: Record<
  DatasetFilterList,
  (checked: CheckedDataset) => { all: readonly string[]; label: (id: string) => string }
> = {
  hiddenTypes: (checked) => ({
    all: [...checked.relationTypes.keys()].filter((id) =>
      checked.dataset.relations.some((relation) => relation.type === id),
    ),
    label: (id) => checked.relationTypes.get(id)?.label ?? id,
  }),
  hiddenKinds: (checked) => ({
    all: ACTOR_KINDS.filter((kind) => checked.dataset.actors.some((actor) => actor.kind === kind)),
    label: actorKindLabel,
  }),
  hiddenDocuments: (checked) => ({
    all: checked.dataset.documents.map((document) => document.id),
    label: (id) => checked.documentsById.get(id)?.title ?? id,
  }),
};

/** A part for a list filter: the shown values when few, else what is hidden, else a count. */
export function listPart(
  list: DatasetFilterList,
  hidden: readonly string[],
  { checked, format }: SummaryContext,
): SummaryPart | null {
  const { all, label } = LIST_VALUES[list](checked);
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

/** The date range as one part, whichever of its ends is set. */
export function datePart(filters: Filters, { format }: SummaryContext): SummaryPart | null {
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
export function statusParts(
  hiddenStatuses: readonly ClaimStatus[],
  { checked, format }: SummaryContext,
): SummaryPart[] {
  const words = (list: readonly ClaimStatus[]) => list.map((status) => format.t(`claims.status.${status}`)).join(', ');
  const statuses = claimStatusesOf(checked);
  const used = CLAIM_STATUSES.filter((status) => statuses.includes(status));
  const hidden = new Set(hiddenStatuses);
  const parts: SummaryPart[] = [];
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

/** An actor (or the outlets' own voice) by name, for the summary. */
export function speakerName(id: string, { checked, format }: SummaryContext): string {
  return id === OUTLET_VOICE ? format.t('speakers.outletVoice') : (checked.actorsById.get(id)?.name ?? id);
}

/** A speaker's piece of the file name: the outlets' own voice is "outlets". */
export const speakerSlug = (id: string) => (id === OUTLET_VOICE ? 'outlets' : id);
