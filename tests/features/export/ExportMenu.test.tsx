// @vitest-environment jsdom
// The export menu: data exports download a file named after the dataset and filters; problems are said, not thrown.
import { DOMParser } from '@xmldom/xmldom';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/features/export/ExportMenu';
import type { CheckedDataset } from '../../../src/domain/model';
import { localDay } from '../../../src/export/fileName';
import type { GraphHandle } from '../../../src/canvas/GraphContext';
import type { FigureLabels, GraphPainter } from '../../../src/export/figure/painter';
import { renderWithStore } from '../../support/renderWithStore';
import { fakeGraph } from '../../support/fakeGraph';
import { seedChecked } from '../../export/fixtures';
import { toggled } from '../../../src/store/filterTransitions';

/** The menu's choices are drawn once it is opened, as a user opens it. */
const openMenu = () => fireEvent.click(screen.getByRole('button', { name: 'Export' }));

let seed: CheckedDataset;
beforeAll(async () => {
  seed = await seedChecked();
});

let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('ExportMenu', () => {
  it('downloads the shown data as JSON, named after the dataset and the filters, and says what it saved', async () => {
    renderWithStore(<ExportMenu />, seed, (store) =>
      store.getState().setFilter('hiddenTypes', (hidden) => toggled(hidden, 'meets')),
    );
    openMenu();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download Dataset JSON' })));
    // The exporters are loaded on demand: wait for the save to be reported.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Saved/), { timeout: 10_000 });
    expect(downloads.map((download) => download.name)).toEqual([
      `russia-israel-iran-without-meets-${localDay(new Date())}.json`,
    ]);
    const exported = JSON.parse(await downloads[0]!.blob.text()) as { relations: { type: string }[] };
    expect(exported.relations.some((relation) => relation.type === 'meets')).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent(
      /Saved russia-israel-iran-without-meets-.*\.json \(\d+ actors, \d+ relations\)/,
    );
  });

  it('offers every data format and the image choices', () => {
    renderWithStore(<ExportMenu />, seed);
    openMenu();
    for (const name of [
      'Download PNG',
      'Download SVG',
      'Download Dataset JSON',
      'Download CSV (zip)',
      'Download GraphML',
      'Download GEXF',
    ]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    for (const name of ['whole graph', 'current view', '1×', '2×', '4×', 'white', 'transparent'])
      expect(screen.getByRole('radio', { name })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'whole graph' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '2×' })).toBeChecked();
  });

  it('tells the user when there is no graph to draw, instead of saving a broken file', async () => {
    renderWithStore(<ExportMenu />, seed);
    openMenu();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download PNG' })));
    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'The PNG could not be exported: The graph is not on the page yet',
        ),
      { timeout: 10_000 },
    );
    expect(downloads).toEqual([]);
  });
});

describe('ExportMenu’s figure choices', () => {
  const PAGE_PRESETS = [
    'slide 16:9 (1,920 × 1,080 px)',
    'social card (1,200 × 675 px)',
    'A4 portrait, 300 dpi (2,480 × 3,508 px)',
    'A4 landscape, 300 dpi (3,508 × 2,480 px)',
  ];

  it('offers the page presets with their sizes; a page sets its own scale', () => {
    renderWithStore(<ExportMenu />, seed);
    openMenu();
    const scale = screen.getByRole('radio', { name: '2×' });
    expect(scale).toBeEnabled();
    for (const name of PAGE_PRESETS) {
      fireEvent.click(screen.getByRole('radio', { name }));
      expect(screen.getByRole('radio', { name })).toBeChecked();
      expect(scale).toBeDisabled();
      expect(screen.getByText('set by the page size')).toBeInTheDocument();
    }
    fireEvent.click(screen.getByRole('radio', { name: 'current view' }));
    expect(scale).toBeEnabled();
  });

  it('fills the title and subtitle with the dataset’s title and the filters, until the user writes their own', () => {
    const { store } = renderWithStore(<ExportMenu />, seed);
    openMenu();
    const title = screen.getByRole('textbox', { name: 'Title' });
    const subtitle = screen.getByRole('textbox', { name: 'Subtitle' });
    expect(title).toHaveValue('Russia between Israel and Iran');
    const valueOf = (input: HTMLElement) => (input as HTMLInputElement).value;
    expect(valueOf(subtitle)).toMatch(/^\d+ actors, \d+ relations/);
    act(() => store.getState().setFilter('hiddenTypes', (hidden) => toggled(hidden, 'meets')));
    expect(valueOf(subtitle)).toMatch(/relation types: all but meets$/);
    expect(screen.queryByRole('button', { name: /Use the dataset’s title/ })).toBeNull();

    fireEvent.change(title, { target: { value: 'Moscow’s two friends' } });
    fireEvent.change(subtitle, { target: { value: 'As reported in 2016 and 2021' } });
    act(() => store.getState().setFilter('hiddenTypes', (hidden) => toggled(hidden, 'meets')));
    expect(title).toHaveValue('Moscow’s two friends');
    expect(subtitle).toHaveValue('As reported in 2016 and 2021');
    fireEvent.click(screen.getByRole('button', { name: 'Use the dataset’s title and the active filters' }));
    expect(title).toHaveValue('Russia between Israel and Iran');
    expect(subtitle).not.toHaveValue('As reported in 2016 and 2021');
  });

  it('turns the cited figure off above 40 shown relations and says why; on below', () => {
    const { store } = renderWithStore(<ExportMenu />, seed);
    openMenu();
    const cited = screen.getByRole('checkbox', { name: /quotes/ });
    const shown = store.getState().checked!.dataset.relations.length;
    expect(cited).toBeDisabled();
    expect(cited).not.toBeChecked();
    expect(cited).toHaveAccessibleDescription(
      expect.stringMatching(/^Off: \d+ relations are shown, and a figure lists the quotes of 40 at most\./),
    );
    expect(shown).toBeGreaterThan(40);

    act(() => store.getState().setFilter('hiddenDocuments', (hidden) => toggled(hidden, 'cdmedia-2021-10')));
    expect(cited).toBeEnabled();
    expect(cited).not.toHaveAccessibleDescription(expect.stringMatching(/Off/));
    fireEvent.click(cited);
    expect(cited).toBeChecked();
    // Back above the limit: off again, with the reason.
    act(() => store.getState().setFilter('hiddenDocuments', (hidden) => toggled(hidden, 'cdmedia-2021-10')));
    expect(cited).not.toBeChecked();
    expect(cited).toBeDisabled();
  });

  it('exports the user’s title and the cited quotes as SVG text, numbers handed to the graph', async () => {
    const asked: FigureLabels[] = [];
    const painter: GraphPainter = {
      ...fakeGraph().handle.painter,
      graphShape: () => ({ width: 400, height: 300 }),
      area: (_which, labels, fit) => {
        asked.push(labels);
        return Promise.resolve({
          width: fit?.width ?? 400,
          height: fit?.height ?? 300,
          transform: { x: 0, y: 0, zoom: 1 },
        });
      },
      svg: (_area, labels) => {
        asked.push(labels);
        return Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>');
      },
    };
    const graph: GraphHandle = { ...fakeGraph().handle, painter };
    renderWithStore(
      <ExportMenu />,
      seed,
      // The 2016 article's relations without the ties: an A4 page holds their graph and quotes.
      (store) => {
        store.getState().setFilter('hiddenDocuments', (hidden) => toggled(hidden, 'cdmedia-2021-10'));
        store.getState().setFilter('hiddenTypes', (hidden) => [...hidden, 'member-of', 'leads', 'writes-for']);
      },
      {
        graph,
      },
    );
    openMenu();
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Who backs whom' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /quotes/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'A4 portrait, 300 dpi (2,480 × 3,508 px)' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Download SVG' })));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Saved/), { timeout: 10_000 });
    expect(screen.getByRole('status')).toHaveTextContent('(2,480 × 3,508 px)');
    expect(downloads[0]!.name).toMatch(/-a4-portrait-.*\.svg$/);
    const svg = await downloads[0]!.blob.text();
    expect(svg).toContain('<text');
    expect(svg).toContain('>Who backs whom</text>');
    expect(svg).toContain('The quote behind each numbered relation');
    const texts = Array.from(new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('text'));
    const words = texts.map((text) => text.textContent).join(' ');
    const quote = seed.dataset.relations.find((relation) => relation.id === 'vladimir-putin-meets-ali-khamenei')
      ?.evidence[0]?.quote;
    expect(words).toContain(quote);
    const numbers = asked[0]!.numbers!;
    expect(numbers.size).toBeGreaterThan(10);
    expect([...numbers.values()].sort((a, b) => a - b)).toEqual(Array.from({ length: numbers.size }, (_, i) => i + 1));
    expect(asked[1]).toEqual(asked[0]);
  });
});
