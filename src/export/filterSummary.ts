// Pure: what the active filters and focus show, as words for a figure's title (in the reader's language) and as a
// short slug for file names (always the same ASCII words, whoever reads). Each filter says its own part (its row in
// filters/filterTable.ts); the paths view and the focus, which are not filters, add theirs after.
import type { CheckedDataset } from '../domain/model';
import type { Filters, FocusHops } from '../domain/query';
import { slugify } from '../domain/slugs';
import { filterSummaryParts } from '../filters/filterTable';
import { speakerName, type SummaryContext, type SummaryPart } from '../filters/summaryParts';
import type { Formatter } from '../i18n/formatter';

export interface ViewFilters {
  filters: Filters;
  focusHops: FocusHops;
  /** Actor ids the focus grows from (empty when not focusing). */
  focusSeeds: readonly string[];
  /** The paths view's two actors, when it is open. */
  path?: { from: string; to: string } | null;
}

export interface FilterSummary {
  /** For the title, e.g. "relation types: strikes · dates 2024 – 2025"; "" when nothing is filtered. */
  text: string;
  /** For file names, e.g. "strikes-2024-2025"; "" when nothing is filtered. */
  slug: string;
}

const MAX_SLUG_LENGTH = 60;

/** Cut at a hyphen so no word is split, within the length limit. */
function shorten(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** The paths view's two actors, and the focus with the actors it grows from. */
function viewParts(view: ViewFilters, context: SummaryContext): SummaryPart[] {
  const { checked, format } = context;
  const parts: SummaryPart[] = [];
  if (view.path)
    parts.push({
      text: format.t('paths.figure.shown', {
        from: speakerName(view.path.from, context),
        to: speakerName(view.path.to, context),
      }),
      slug: `paths-${view.path.from}-${view.path.to}`,
    });
  const seeds = view.focusSeeds.filter((id) => checked.actorsById.has(id));
  if (view.focusHops > 0 && seeds.length > 0)
    parts.push({
      text: format.t('figure.filter.focus', {
        hops: view.focusHops,
        actors: format.list(seeds.map((id) => checked.actorsById.get(id)?.name ?? id)),
      }),
      slug: `around-${seeds.join('-')}`,
    });
  return parts;
}

export function filterSummary(checked: CheckedDataset, view: ViewFilters, format: Formatter): FilterSummary {
  const context = { checked, format };
  const parts = [...filterSummaryParts(view.filters, context), ...viewParts(view, context)];
  return {
    text: parts.map((part) => part.text).join(' · '),
    slug: shorten(slugify(parts.flatMap((part) => (part.slug ? [part.slug] : [])).join('-'))),
  };
}
