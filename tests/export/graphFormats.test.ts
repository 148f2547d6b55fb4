// GraphML and GEXF: well-formed XML with declared attributes, the right node and edge counts, and direction per edge.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { gexf } from '../../src/export/gexf';
import { graphml } from '../../src/export/graphml';
import { everythingVisible, visibleSubgraph } from '../../src/export/visibleSubgraph';
import { xmlSafe } from '../../src/export/xml';
import { arbitraryDataset, arbitrarySubset } from './arbitraryDataset';
import { checkedFrom, seedChecked } from './fixtures';
import { loadSmallFixture, withClaimStatuses } from '../graph/fixture';

const parse = (xml: string): Document =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
const elements = (document: Document, name: string): Element[] => Array.from(document.getElementsByTagName(name));

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

describe('GraphML', () => {
  it('declares every data key it uses and holds every actor and relation of the seed', () => {
    const document = parse(graphml(seed, everythingVisible(seed)));
    expect(elements(document, 'node').length).toBe(seed.dataset.actors.length);
    expect(elements(document, 'edge').length).toBe(seed.dataset.relations.length);
    const keys = new Set(elements(document, 'key').map((key) => key.getAttribute('id')));
    for (const data of elements(document, 'data')) expect(keys.has(data.getAttribute('key'))).toBe(true);
    expect(elements(document, 'graph')[0]?.getAttribute('edgedefault')).toBe('directed');
  });

  it('marks edges of directed types directed="true" and carries direction as data for the others', () => {
    const document = parse(graphml(seed, everythingVisible(seed)));
    const directedKey = elements(document, 'key')
      .find((key) => key.getAttribute('attr.name') === 'directed')
      ?.getAttribute('id');
    for (const edge of elements(document, 'edge')) {
      const relation = seed.dataset.relations.find((candidate) => candidate.id === edge.getAttribute('id'))!;
      const directed = seed.relationTypes.get(relation.type)!.directed;
      expect(edge.getAttribute('directed')).toBe(directed ? 'true' : null);
      const data = Array.from(edge.getElementsByTagName('data')).find(
        (item) => item.getAttribute('key') === directedKey,
      );
      expect(data?.textContent).toBe(String(directed));
    }
  });

  it('is undirected by default when no shown relation is directed', () => {
    const visible = applyFilters(seed, {
      ...DEFAULT_FILTERS,
      hiddenTypes: [...seed.relationTypes.values()].filter((type) => type.directed).map((type) => type.id),
    });
    const document = parse(graphml(seed, visible));
    expect(elements(document, 'graph')[0]?.getAttribute('edgedefault')).toBe('undirected');
    expect(elements(document, 'edge').every((edge) => !edge.hasAttribute('directed'))).toBe(true);
  });
});

describe('GEXF', () => {
  it('declares its attributes and holds every actor and relation of the seed, with colours and positions', () => {
    const positions = new Map(
      seed.dataset.actors.map((actor, index) => [actor.id, { x: index * 10.123456, y: -index }]),
    );
    const document = parse(gexf(seed, everythingVisible(seed), positions));
    expect(elements(document, 'node').length).toBe(seed.dataset.actors.length);
    expect(elements(document, 'edge').length).toBe(seed.dataset.relations.length);
    const declared = new Set(elements(document, 'attribute').map((attribute) => attribute.getAttribute('id')));
    for (const value of elements(document, 'attvalue')) expect(declared.has(value.getAttribute('for'))).toBe(true);
    expect(elements(document, 'viz:color').length).toBe(seed.dataset.actors.length + seed.dataset.relations.length);
    expect(elements(document, 'viz:position')[1]?.getAttribute('x')).toBe('10.12');
  });
});

describe('claim status in GraphML and GEXF', () => {
  it('carries each relation’s status and, quote by quote, its certainty and negation', async () => {
    const judged = await loadSmallFixture(withClaimStatuses);
    const graphmlDocument = parse(graphml(judged, everythingVisible(judged)));
    const keyOf = (name: string) =>
      elements(graphmlDocument, 'key')
        .find((key) => key.getAttribute('attr.name') === name && key.getAttribute('for') === 'edge')
        ?.getAttribute('id');
    const graphmlValue = (relationId: string, name: string) =>
      Array.from(
        elements(graphmlDocument, 'edge')
          .find((edge) => edge.getAttribute('id') === relationId)!
          .getElementsByTagName('data'),
      ).find((data) => data.getAttribute('key') === keyOf(name))?.textContent;
    const gexfDocument = parse(gexf(judged, everythingVisible(judged)));
    const gexfValue = (relationId: string, name: string) =>
      Array.from(
        elements(gexfDocument, 'edge')
          .find((edge) => edge.getAttribute('id') === relationId)!
          .getElementsByTagName('attvalue'),
      )
        .find((value) => value.getAttribute('for') === name)
        ?.getAttribute('value');
    for (const value of [graphmlValue, gexfValue]) {
      expect(value('r1', 'status')).toBe('asserted');
      expect(value('r2', 'status')).toBe('probable');
      expect(value('r2', 'certainties')).toBe('probable');
      expect(value('r4', 'status')).toBe('denied');
      expect(value('r4', 'negations')).toBe('true');
      expect(value('r6', 'status')).toBe('contested');
      expect(value('r6', 'certainties')).toBe('certain; certain');
      expect(value('r6', 'negations')).toBe('false; true');
    }
  });
});

describe('dates in GraphML and GEXF', () => {
  it('carry a date, start or end as the ISO date it is, and a form that says more as written, in its own attribute', async () => {
    const dated = await loadSmallFixture((dataset) => ({
      ...dataset,
      relations: dataset.relations.map((relation, index) => {
        const { date: _date, start: _start, end: _end, ...undated } = relation;
        const forms = [
          { date: '2021-10' },
          { date: '2015~' },
          { start: '2015', end: '[..2016-09-16]' },
          { start: '..', end: '[2021-10..]' },
        ];
        return { ...undated, ...(forms[index] ?? {}) };
      }),
    }));
    const [first, second, third, fourth] = dated.dataset.relations.map((relation) => relation.id);
    const graphmlDocument = parse(graphml(dated, everythingVisible(dated)));
    const keyOf = (name: string) =>
      elements(graphmlDocument, 'key')
        .find((key) => key.getAttribute('attr.name') === name && key.getAttribute('for') === 'edge')
        ?.getAttribute('id');
    const graphmlValue = (relationId: string | undefined, name: string) =>
      Array.from(
        elements(graphmlDocument, 'edge')
          .find((edge) => edge.getAttribute('id') === relationId)!
          .getElementsByTagName('data'),
      ).find((data) => data.getAttribute('key') === keyOf(name))?.textContent;
    const gexfDocument = parse(gexf(dated, everythingVisible(dated)));
    const gexfValue = (relationId: string | undefined, name: string) =>
      Array.from(
        elements(gexfDocument, 'edge')
          .find((edge) => edge.getAttribute('id') === relationId)!
          .getElementsByTagName('attvalue'),
      )
        .find((value) => value.getAttribute('for') === name)
        ?.getAttribute('value');
    for (const value of [graphmlValue, gexfValue]) {
      expect([value(first, 'date'), value(first, 'date_edtf')]).toEqual(['2021-10', undefined]);
      expect([value(second, 'date'), value(second, 'date_edtf')]).toEqual([undefined, '2015~']);
      expect([value(third, 'start'), value(third, 'end'), value(third, 'end_edtf')]).toEqual([
        '2015',
        undefined,
        '[..2016-09-16]',
      ]);
      expect([value(fourth, 'start'), value(fourth, 'start_edtf'), value(fourth, 'end_edtf')]).toEqual([
        undefined,
        '..',
        '[2021-10..]',
      ]);
    }
  });
});

describe('GraphML and GEXF over generated datasets and subsets', () => {
  it('parse, with one node per exported actor, one edge per shown relation, and names intact', () => {
    fc.assert(
      fc.property(
        arbitraryDataset.chain((generated) => fc.tuple(fc.constant(generated), arbitrarySubset(generated.dataset))),
        ([{ dataset, files }, visible]) => {
          const checked = checkedFrom(dataset, files);
          const subgraph = visibleSubgraph(checked, visible);
          for (const document of [parse(graphml(checked, visible)), parse(gexf(checked, visible))]) {
            const nodes = elements(document, 'node');
            expect(nodes.length).toBe(subgraph.actors.length);
            expect(elements(document, 'edge').length).toBe(visible.relationIndices.length);
            expect(nodes.map((node) => node.getAttribute('id'))).toEqual(subgraph.actors.map((actor) => actor.id));
          }
          const gexfNodes = elements(parse(gexf(checked, visible)), 'node');
          expect(gexfNodes.map((node) => node.getAttribute('label'))).toEqual(
            subgraph.actors.map((actor) => xmlSafe(actor.name)),
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it('are byte-identical from one export to the next', () => {
    const visible = everythingVisible(seed);
    expect(graphml(seed, visible)).toBe(graphml(seed, visible));
    expect(gexf(seed, visible)).toBe(gexf(seed, visible));
  });
});
