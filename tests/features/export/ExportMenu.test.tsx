// @vitest-environment jsdom
// The export menu: data exports download a file named after the dataset and filters; problems are said, not thrown.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/features/export/ExportMenu';
import type { CheckedDataset } from '../../../src/domain/model';
import { localDay } from '../../../src/export/fileName';
import { renderWithStore } from '../../support/renderWithStore';
import { seedChecked } from '../../export/fixtures';

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
    renderWithStore(<ExportMenu />, seed, (store) => store.getState().toggleHidden('hiddenTypes', 'meets'));
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
    expect(screen.getByRole('radio', { name: '2×' })).toBeChecked();
  });

  it('tells the user when there is no graph to draw, instead of saving a broken file', async () => {
    renderWithStore(<ExportMenu />, seed);
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
