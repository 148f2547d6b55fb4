// A shared view (the interactive HTML export) opened in the explorer: its dataset block comes back as the dataset
// exported, a changed block is said to be changed, other pages are refused, and no bytes make the reader throw.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { exportSnapshot } from '../../src/export/exportSnapshot';
import { sharedHtml } from '../../src/export/share/sharedHtml';
import { sharedViewData } from '../../src/export/share/sharedView';
import { visibleSubgraph } from '../../src/export/visibleSubgraph';
import { createFormatter } from '../../src/i18n/formatter';
import { openDatasetBytes } from '../../src/io/openDataset';
import { readSharedViewBytes } from '../../src/io/sharedViewFile';
import { validateInPage } from '../../src/io/validateOffThread';
import { checkedFrom, seedChecked } from '../export/fixtures';

const format = createFormatter({ locale: 'en', language: 'en' });
const encoder = new TextEncoder();
/** The viewer's script and style do not matter to the reader: it never runs or parses them. */
const ASSETS = { script: 'void 0;', style: 'body{}', contentSecurityPolicy: "default-src 'none'" };

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await seedChecked();
});

function sharedFile(hiddenTypes: string[] = []) {
  const visible = applyFilters(checked, { ...DEFAULT_FILTERS, hiddenTypes });
  const snapshot = exportSnapshot(
    checked,
    visible,
    { filters: { ...DEFAULT_FILTERS, hiddenTypes }, focusHops: 0, focusSeeds: [] },
    format,
  );
  const positions = new Map(
    checked.dataset.actors.map((actor, index) => [actor.id, { x: index * 10.04, y: 5 - index }]),
  );
  const { datasetText, meta } = sharedViewData(snapshot, positions, {
    title: 'A view',
    subtitle: 'without meetings',
    asOf: null,
    edgeLabels: true,
    createdAt: new Date('2026-12-01T10:00:00Z'),
  });
  return { html: sharedHtml(datasetText, meta, ASSETS), visible };
}

const open = (html: string, name = 'view.html') =>
  openDatasetBytes({ source: { kind: 'file', name }, bytes: encoder.encode(html) }, { validate: validateInPage });

describe('a shared view opened in the explorer', () => {
  it('gives back the dataset it was exported from: the shown subgraph, each actor at its place', async () => {
    const { html, visible } = sharedFile(['meets']);
    const outcome = await open(html);
    if (!outcome.ok) throw new Error(outcome.problems.map((problem) => problem.message).join('; '));
    expect(outcome.warnings.filter((warning) => warning.code === 'shared-view-changed')).toEqual([]);
    const expected = visibleSubgraph(checked, visible);
    const reopened = outcome.checked.dataset;
    expect(reopened.relations).toEqual(expected.relations);
    expect(reopened.documents).toEqual(expected.documents);
    expect(reopened.actors.map(({ position: _position, ...actor }) => actor)).toEqual(expected.actors);
    reopened.actors.forEach((actor) => {
      const index = checked.dataset.actors.findIndex((original) => original.id === actor.id);
      expect(actor.position).toEqual({ x: Math.round(index * 10.04 * 10) / 10, y: 5 - index });
    });
    expect(reopened.relations.some((relation) => relation.type === 'meets')).toBe(false);
  });

  it('opens a shared view whose data was edited, saying the data no longer matches its stamp', async () => {
    const { html } = sharedFile();
    // An edit that keeps the dataset valid: its title.
    const edited = html.replace(`"title": ${JSON.stringify(checked.dataset.title)}`, '"title": "Edited"');
    expect(edited).not.toBe(html);
    const outcome = await open(edited);
    if (!outcome.ok) throw new Error(outcome.problems.map((problem) => problem.message).join('; '));
    expect(outcome.warnings.map((warning) => warning.code)).toContain('shared-view-changed');
    expect(outcome.checked.dataset.title).toBe('Edited');
  });

  it('names the data block in its problems, with lines counted in it', async () => {
    const { html } = sharedFile();
    const broken = html.replace('"formatVersion": 1', '"formatVersion": 7');
    const outcome = await open(broken);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems[0]!.file).toBe('view.html#shared-view-dataset');
    expect(outcome.problems.some((problem) => problem.pointer === '/formatVersion')).toBe(true);
  });

  it('refuses any other HTML page with a reason, and reads JSON as JSON', () => {
    expect(readSharedViewBytes(encoder.encode('<!doctype html><html><body>hello</body></html>')).kind).toBe(
      'other-html',
    );
    expect(readSharedViewBytes(encoder.encode('{"formatVersion": 1}')).kind).toBe('not-html');
  });

  it('keeps a quote holding markup inside its data block, and gives it back as it was', async () => {
    const hostile = 'He said </script><script>window.__pwned = 1</script><!-- and left.';
    const small = checkedFrom({
      formatVersion: 1,
      id: 'hostile',
      title: 'Hostile </title> title',
      documents: [
        { id: 'doc', title: 'T', outlet: 'O', published: '2020-01-01', url: 'https://example.org/', text: hostile },
      ],
      actors: [
        { id: 'a', name: 'A', kind: 'state' },
        { id: 'b', name: '<b>B</b>', kind: 'state' },
      ],
      relations: [{ id: 'r', type: 'ally', source: 'a', target: 'b', evidence: [{ document: 'doc', quote: hostile }] }],
    });
    const visible = applyFilters(small, DEFAULT_FILTERS);
    const snapshot = exportSnapshot(small, visible, { filters: DEFAULT_FILTERS, focusHops: 0, focusSeeds: [] }, format);
    const { datasetText, meta } = sharedViewData(snapshot, new Map(), {
      title: small.dataset.title,
      subtitle: '',
      asOf: null,
      edgeLabels: false,
      createdAt: new Date(0),
    });
    const html = sharedHtml(datasetText, meta, ASSETS);
    // Only the viewer's own script element runs: the data cannot close its block or open another.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('<title>Hostile &lt;/title&gt; title</title>');
    const outcome = await open(html);
    if (!outcome.ok) throw new Error(outcome.problems.map((problem) => problem.message).join('; '));
    expect(outcome.checked.dataset.relations[0]!.evidence[0]!.quote).toBe(hostile);
    expect(outcome.checked.dataset.actors[1]!.name).toBe('<b>B</b>');
  });

  it('never throws on random bytes, HTML-looking or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, html) => {
        const input = html ? new Uint8Array([...encoder.encode('<!doctype html>'), ...bytes]) : bytes;
        const read = readSharedViewBytes(input);
        expect(['not-html', 'other-html', 'shared-view']).toContain(read.kind);
      }),
      { numRuns: 300 },
    );
  });
});
