// File names say what they hold: dataset id, the active filters as a short slug, the variant and the day.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { exportFileName, localDay } from '../../src/export/fileName';
import { slugify } from '../../src/domain/slugs';
import { filterSummary } from '../../src/export/filterSummary';
import { testFormatter } from '../support/testI18n';
import { seedChecked } from './fixtures';
import { CLAIM_STATUSES, type ClaimStatus } from '../../src/domain/claims';
import { loadSmallFixture, withClaimStatuses } from '../graph/fixture';

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

const allTypesBut = (checked: CheckedDataset, ...shown: string[]) =>
  [...checked.relationTypes.keys()].filter(
    (id) => checked.dataset.relations.some((relation) => relation.type === id) && !shown.includes(id),
  );
const summary = (
  filters: Partial<typeof DEFAULT_FILTERS>,
  focus: { hops: 0 | 1 | 2; seeds: string[] } = { hops: 0, seeds: [] },
) =>
  filterSummary(
    seed,
    { filters: { ...DEFAULT_FILTERS, ...filters }, focusHops: focus.hops, focusSeeds: focus.seeds },
    testFormatter,
  );

describe('export file names', () => {
  it('is the issue’s example for the strikes alone', () => {
    const { slug, text } = summary({ hiddenTypes: allTypesBut(seed, 'strikes') });
    expect(exportFileName(seed.dataset.id, slug, new Date(2026, 10, 22, 23, 59), 'png')).toBe(
      'russia-israel-iran-strikes-2026-11-22.png',
    );
    expect(text).toBe('relation types: strikes');
  });

  it('has no filter part when nothing is filtered, and a variant when asked', () => {
    expect(summary({})).toEqual({ text: '', slug: '' });
    expect(exportFileName('russia-israel-iran', '', new Date(2026, 0, 5), 'png', 'view')).toBe(
      'russia-israel-iran-view-2026-01-05.png',
    );
  });

  it('names what is hidden when few are, and counts when many are', () => {
    expect(summary({ hiddenTypes: ['meets'] }).slug).toBe('without-meets');
    expect(summary({ hiddenTypes: allTypesBut(seed, 'strikes', 'supports', 'ally', 'rival') }).slug).toBe(
      '4-relation-types',
    );
    expect(summary({ hiddenKinds: ['person'] }).text).toBe('actor kinds: all but person');
    expect(summary({ hiddenKinds: ['person', 'place'] }).text).toBe('actor kinds: state, organization, armed group');
  });

  it('adds dates, dated-only and focus, and stays short', () => {
    const { slug, text } = summary(
      { dateFrom: '2016', dateTo: '2021-10', hideUndated: true },
      { hops: 1, seeds: ['iran'] },
    );
    expect(slug).toBe('2016-2021-10-dated-around-iran');
    expect(text).toBe('dates 2016 – October 2021 · dated relations only · within 1 hop of Iran');
    const long = summary(
      {
        hiddenDocuments: seed.dataset.documents.map((document) => document.id).slice(1),
        dateFrom: '2016-01-01',
        dateTo: '2021-12-31',
      },
      { hops: 2, seeds: ['vladimir-putin', 'benjamin-netanyahu'] },
    );
    expect(long.text).toMatch(/within 2 hops of Vladimir Putin and Benjamin Netanyahu$/);
    expect(long.slug.length).toBeLessThanOrEqual(60);
    expect(long.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('names the claim statuses only where they differ from the default (denied hidden)', async () => {
    const judged = await loadSmallFixture(withClaimStatuses);
    const of = (hiddenStatuses: ClaimStatus[]) =>
      filterSummary(
        judged,
        { filters: { ...DEFAULT_FILTERS, hiddenStatuses }, focusHops: 0, focusSeeds: [] },
        testFormatter,
      );
    expect(of(['denied'])).toEqual({ text: '', slug: '' });
    expect(of([])).toEqual({ text: 'denied claims shown', slug: 'with-denied' });
    expect(of(['probable', 'possible', 'denied'])).toEqual({
      text: 'claims: asserted, contested',
      slug: 'asserted-contested',
    });
    expect(of(['asserted', 'probable', 'possible'])).toEqual({
      text: 'claims: contested, denied',
      slug: 'contested-denied',
    });
    expect(of([...CLAIM_STATUSES])).toEqual({ text: 'no claim statuses', slug: 'no-claims' });
  });

  it('slugifies anything to safe file-name characters', () => {
    expect(slugify('Ḥamās / “Al-Quds” Force!')).toBe('hamas-al-quds-force');
    expect(localDay(new Date(2026, 10, 2))).toBe('2026-11-02');
  });
});
