// actors.csv and relations.csv of the visible subgraph: columns, one row per quote, and a byte-stable zip.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { actorsCsv, relationsCsv } from '../../src/export/csvTables';
import { csvZip } from '../../src/export/csvZip';
import { everythingVisible } from '../../src/export/visibleSubgraph';
import { parseCsv } from './parseCsv';
import { seedChecked } from './fixtures';
import { loadSmallFixture, withClaimStatuses } from '../graph/fixture';

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

describe('relations.csv', () => {
  it('has one row per piece of evidence, the issue’s columns first, with the document’s outlet, date and url', () => {
    const rows = parseCsv(relationsCsv(seed, everythingVisible(seed)));
    const [header, ...records] = rows;
    expect(header?.slice(0, 10)).toEqual([
      'relation_id',
      'source',
      'type',
      'target',
      'date',
      'quote',
      'document',
      'outlet',
      'published',
      'url',
    ]);
    expect(records.length).toBe(seed.dataset.relations.reduce((sum, relation) => sum + relation.evidence.length, 0));
    const first = seed.dataset.relations[0]!;
    const document = seed.documentsById.get(first.evidence[0]!.document)!;
    expect(records[0]?.slice(0, 10)).toEqual([
      first.id,
      first.source,
      first.type,
      first.target,
      first.date ?? '',
      first.evidence[0]!.quote,
      document.id,
      document.outlet,
      document.published,
      document.url ?? '',
    ]);
  });

  it('holds only the visible relations', () => {
    const visible = applyFilters(seed, { ...DEFAULT_FILTERS, hiddenTypes: ['member-of', 'strikes'] });
    const records = parseCsv(relationsCsv(seed, visible)).slice(1);
    expect(records.length).toBeGreaterThan(0);
    expect(records.some((record) => record[2] === 'strikes' || record[2] === 'member-of')).toBe(false);
  });
});

describe('claim status in relations.csv', () => {
  it('gives each row its relation’s status and its quote’s certainty and negation', async () => {
    const judged = await loadSmallFixture(withClaimStatuses);
    const [header, ...records] = parseCsv(relationsCsv(judged, everythingVisible(judged)));
    const column = (name: string) => header!.indexOf(name);
    const cells = (relationId: string) =>
      records
        .filter((record) => record[0] === relationId)
        .map((record) => [record[column('status')], record[column('certainty')], record[column('negated')]]);
    expect(cells('r1')).toEqual([['asserted', 'certain', 'false']]);
    expect(cells('r2')).toEqual([['probable', 'probable', 'false']]);
    expect(cells('r3')).toEqual([['possible', 'possible', 'false']]);
    expect(cells('r4')).toEqual([['denied', 'certain', 'true']]);
    expect(cells('r6')).toEqual([
      ['contested', 'certain', 'false'],
      ['contested', 'certain', 'true'],
    ]);
  });
});

describe('actors.csv', () => {
  it('lists the actors with kind, aliases, search names and the number of relations', () => {
    const [header, ...records] = parseCsv(actorsCsv(seed, everythingVisible(seed)));
    expect(header).toEqual([
      'id',
      'name',
      'kind',
      'aliases',
      'search_names',
      'affiliation',
      'description',
      'relations',
    ]);
    expect(records.length).toBe(seed.dataset.actors.length);
    const russia = records.find((record) => record[0] === 'russia');
    expect(russia?.slice(3, 5)).toEqual(['Moscow; the Kremlin', 'Russian Federation']);
    expect(Number(russia?.[7])).toBeGreaterThan(5);
  });
});

describe('csvZip', () => {
  it('holds both files and is byte-identical from one export to the next', () => {
    const visible = everythingVisible(seed);
    const zip = csvZip(seed, visible);
    expect(Buffer.from(csvZip(seed, visible)).equals(Buffer.from(zip))).toBe(true);
    const entries = unzipSync(zip);
    expect(strFromU8(entries['actors.csv']!)).toBe(actorsCsv(seed, visible));
    expect(strFromU8(entries['relations.csv']!)).toBe(relationsCsv(seed, visible));
  });
});
