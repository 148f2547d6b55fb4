// The filter table: one typed row per filter, holding its default, its URL keys with their encoding and tolerant
// decoding, whether it is active, how its value is kept, and its part of a figure's summary. Everything that handles
// the filters as a whole is derived from it (the defaults, the Reset button, the store's one setter, the URL, the
// figure's caption); a row missing, or a field of one, does not compile. Which relations a filter lets through stays
// in domain/query.ts's hand-written single pass (applyFilters).
import { CLAIM_STATUSES, DEFAULT_HIDDEN_STATUSES, type ClaimStatus } from '../domain/claims';
import { checkPartialDate } from '../domain/dates';
import type { Filters } from '../domain/query';
import {
  datePart,
  listPart,
  speakerName,
  speakerSlug,
  statusParts,
  type SummaryContext,
  type SummaryPart,
} from './summaryParts';

/** A part of a link a filter could not use, and why: the link notice says it (explorer.link.*). */
export interface LeftOut {
  key: string;
  value: string;
  reason: 'date' | 'whole-number';
}

export interface FilterRow<K extends keyof Filters> {
  /** The value that filters nothing. */
  default: Filters[K];
  url: {
    /** The query parameters the filter owns. */
    keys: readonly string[];
    /** Writes the value, and nothing when it is the default, so a link says only what was changed. */
    encode(value: Filters[K], params: URLSearchParams): void;
    /** Reads the value; what cannot be used is told to `leftOut` and the default taken instead. */
    decode(params: URLSearchParams, leftOut: (part: LeftOut) => void): Filters[K];
  };
  /** Whether the value differs from the default (the Reset button, the canvas notice). */
  active(value: Filters[K]): boolean;
  /** The value as the store keeps it: lists sorted without repeats, numbers in range. */
  normalize(value: Filters[K]): Filters[K];
  /** Its part of a figure's summary, or none when it changes nothing shown. */
  summary(filters: Filters, context: SummaryContext): SummaryPart | readonly SummaryPart[] | null;
}

export type FilterTable = { readonly [K in keyof Filters]: FilterRow<K> };

const sortedUnique = <T extends string>(values: Iterable<T>): T[] => [...new Set(values)].filter(Boolean).sort();

/** A list of values, one parameter each (hide-type=a&hide-type=b), in sorted order. */
function listParam(key: string): FilterRow<'hiddenTypes'>['url'] {
  return {
    keys: [key],
    encode: (values, params) => {
      for (const value of [...values].sort()) params.append(key, value);
    },
    decode: (params) => sortedUnique(params.getAll(key)),
  };
}

/** A partial date that exists, else left out. */
function dateParam(key: string): FilterRow<'asOf'>['url'] {
  return {
    keys: [key],
    encode: (value, params) => {
      if (value) params.set(key, value);
    },
    decode: (params, leftOut) => {
      const text = params.get(key);
      if (text === null || text === '') return null;
      if (checkPartialDate(text).ok) return text;
      leftOut({ key, value: text, reason: 'date' });
      return null;
    },
  };
}

/** A switch written as `key=hide` when on. */
function hideParam(key: string): FilterRow<'hideUndated'>['url'] {
  return {
    keys: [key],
    encode: (on, params) => {
      if (on) params.set(key, 'hide');
    },
    decode: (params) => params.get(key) === 'hide',
  };
}

/** `hide-status=none` says that no claim status is hidden, denied relations included. */
const NO_STATUS_HIDDEN = 'none';
const sameStatuses = (a: readonly ClaimStatus[], b: readonly ClaimStatus[]) =>
  a.length === b.length && [...a].sort().every((status, index) => status === [...b].sort()[index]);
/** Claim statuses in the format's order, each once, unknown ones dropped. */
const knownStatuses = (values: readonly string[]) => CLAIM_STATUSES.filter((status) => values.includes(status)).sort();

const noSummary = () => null;

export const FILTER_TABLE = {
  hiddenTypes: {
    default: [],
    url: listParam('hide-type'),
    active: (hidden) => hidden.length > 0,
    normalize: sortedUnique,
    summary: (filters, context) => listPart('hiddenTypes', filters.hiddenTypes, context),
  },
  hiddenKinds: {
    default: [],
    url: listParam('hide-kind'),
    active: (hidden) => hidden.length > 0,
    normalize: sortedUnique,
    summary: (filters, context) => listPart('hiddenKinds', filters.hiddenKinds, context),
  },
  hiddenDocuments: {
    default: [],
    url: listParam('hide-doc'),
    active: (hidden) => hidden.length > 0,
    normalize: sortedUnique,
    summary: (filters, context) => listPart('hiddenDocuments', filters.hiddenDocuments, context),
  },
  hiddenStatuses: {
    default: DEFAULT_HIDDEN_STATUSES,
    url: {
      keys: ['hide-status'],
      // Written only when they differ from the default (denied hidden): each hidden status, or `none`.
      encode: (hidden, params) => {
        if (sameStatuses(hidden, DEFAULT_HIDDEN_STATUSES)) return;
        if (hidden.length === 0) params.append('hide-status', NO_STATUS_HIDDEN);
        for (const status of [...hidden].sort()) params.append('hide-status', status);
      },
      // Unknown values are ignored; with no value known (or no parameter), the default.
      decode: (params) => {
        const values = params.getAll('hide-status');
        if (
          !values.some((value) => value === NO_STATUS_HIDDEN || (CLAIM_STATUSES as readonly string[]).includes(value))
        )
          return DEFAULT_HIDDEN_STATUSES;
        return knownStatuses(values);
      },
    },
    active: (hidden) => !sameStatuses(hidden, DEFAULT_HIDDEN_STATUSES),
    normalize: knownStatuses,
    summary: (filters, context) => statusParts(filters.hiddenStatuses, context),
  },
  dateFrom: {
    default: null,
    url: dateParam('from'),
    active: (date) => date !== null,
    normalize: (date) => date,
    // The range is one part, "dates 2016 – 2021", whichever end is set.
    summary: datePart,
  },
  dateTo: {
    default: null,
    url: dateParam('to'),
    active: (date) => date !== null,
    normalize: (date) => date,
    // Said with dateFrom's part, as one range.
    summary: noSummary,
  },
  hideUndated: {
    default: false,
    url: hideParam('undated'),
    active: (on) => on,
    normalize: (on) => on,
    summary: (filters, { format }) =>
      filters.hideUndated ? { text: format.t('figure.filter.datedOnly'), slug: 'dated' } : null,
  },
  hideIsolated: {
    default: false,
    url: hideParam('isolated'),
    active: (on) => on,
    normalize: (on) => on,
    summary: (filters, { format }) =>
      filters.hideIsolated ? { text: format.t('figure.filter.isolatedHidden') } : null,
  },
  asOf: {
    default: null,
    url: dateParam('asof'),
    active: (date) => date !== null,
    normalize: (date) => date,
    summary: ({ asOf }, { format }) =>
      asOf
        ? { text: format.t('timeline.figure.asOf', { date: format.partialDate(asOf) }), slug: `as-of-${asOf}` }
        : null,
  },
  speakers: {
    default: [],
    url: listParam('speaker'),
    active: (speakers) => speakers.length > 0,
    normalize: sortedUnique,
    summary: ({ speakers }, context) =>
      speakers.length > 0
        ? {
            text: context.format.t('speakers.figure.shown', {
              speakers: context.format.list(speakers.map((id) => speakerName(id, context))),
            }),
            slug: `according-to-${speakers.map(speakerSlug).join('-')}`,
          }
        : null,
  },
  minSources: {
    default: 1,
    url: {
      keys: ['min-sources'],
      encode: (count, params) => {
        if (count > 1) params.set('min-sources', String(count));
      },
      // A whole number of at least 1 (1 shows every relation).
      decode: (params, leftOut) => {
        const text = params.get('min-sources');
        if (text === null) return 1;
        if (/^[1-9]\d{0,5}$/.test(text)) return Number(text);
        leftOut({ key: 'min-sources', value: text, reason: 'whole-number' });
        return 1;
      },
    },
    active: (count) => count > 1,
    // Anything below 1 or not whole means every relation.
    normalize: (count) => (Number.isInteger(count) && count > 1 ? count : 1),
    summary: ({ minSources }, { format }) =>
      minSources > 1
        ? { text: format.t('sources.figure.minimum', { count: minSources }), slug: `${minSources}-sources` }
        : null,
  },
} satisfies FilterTable;

/** The table with each row typed by its key, for code that walks every filter. */
const TABLE: FilterTable = FILTER_TABLE;

/** The filters in the table's order: the order their URL parameters and their summary parts are written in. */
export const FILTER_KEYS = Object.keys(TABLE) as readonly (keyof Filters)[];

/** Builds a Filters value key by key from the table (each key's value typed by its row). */
function eachFilter(value: <K extends keyof Filters>(key: K, row: FilterRow<K>) => Filters[K]): Filters {
  const filters: Partial<Record<keyof Filters, unknown>> = {};
  for (const key of FILTER_KEYS) filters[key] = value(key, TABLE[key] as FilterRow<typeof key>);
  // Every key of Filters was set above: FILTER_KEYS are the table's keys, which are exactly keyof Filters.
  return filters as Filters;
}

export const DEFAULT_FILTERS: Filters = eachFilter((_, row) => row.default);

/** True when a filter differs from its default: it hides something, or shows what is hidden by default. */
export function filtersActive(filters: Filters): boolean {
  return FILTER_KEYS.some(<K extends keyof Filters>(key: K) => TABLE[key].active(filters[key]));
}

/** One filter set to a value, kept as its row says. */
export function withFilter<K extends keyof Filters>(filters: Filters, key: K, value: Filters[K]): Filters {
  return { ...filters, [key]: TABLE[key].normalize(value) };
}

/** Every filter's URL parameters, each written only when it is not the default. */
export function encodeFilters(filters: Filters, params: URLSearchParams): void {
  for (const key of FILTER_KEYS) (TABLE[key] as FilterRow<typeof key>).url.encode(filters[key], params);
}

export function decodeFilters(params: URLSearchParams, leftOut: (part: LeftOut) => void): Filters {
  return eachFilter((_, row) => row.url.decode(params, leftOut));
}

/** Every query parameter the filters own. */
export const FILTER_URL_KEYS: readonly string[] = FILTER_KEYS.flatMap((key) => TABLE[key].url.keys);

/** The filters' parts of a figure's summary, in the table's order. */
export function filterSummaryParts(filters: Filters, context: SummaryContext): SummaryPart[] {
  return FILTER_KEYS.flatMap((key) => {
    const part = TABLE[key].summary(filters, context);
    return part === null ? [] : Array.isArray(part) ? part : [part as SummaryPart];
  });
}
