// The reader's suggestions on the bundled dataset's article, in Chromium: mentions marked, a suggestion accepted into
// the graph, another rejected and still gone after a reload; the engine runs in its worker, not in the page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { ExplorerPage, explorerAddress } from './driver/explorerPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('suggested relations in the source reader', () => {
  it('marks mentions, accepts a suggestion into the graph, and keeps a rejected one gone after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const explorer = await ExplorerPage.open(context, explorerAddress(inject('baseUrl')));
    const { api, ui, page } = explorer;
    await ui.openReaderWithSuggestions();
    expect(explorer.workers.some((address) => /suggestWorker/.test(address))).toBe(true);

    // Mentions of the dataset's actors are marked; one in other words than the actor's name says the actor.
    const mentions = page.getByTestId('reader-text').locator('.mention--actor');
    expect(await mentions.count()).toBeGreaterThan(10);
    expect(
      await mentions
        .filter({ hasText: /^the Kremlin$/ })
        .first()
        .getAttribute('data-said'),
    ).toBe('actor: Russia');

    // A new relation (not evidence for one, not denied, both ends actors) goes straight into the graph.
    const acceptable = ui.suggestions
      .getByTestId('suggestion')
      .filter({ hasNot: page.getByText('Adds evidence to:') })
      .filter({ hasNotText: 'the sentence denies it' })
      .filter({ has: page.getByRole('button', { name: 'Accept', exact: true }).and(page.locator(':enabled')) })
      .first();
    const acceptedKey = await acceptable.getAttribute('data-key');
    const relationsBefore = (await api.datasetWithTexts()).dataset.relations.length;
    await acceptable.getByRole('button', { name: 'Accept', exact: true }).click();
    await ui.suggestions.getByRole('status').filter({ hasText: 'Added:' }).waitFor();
    const selection = await api.selection();
    expect(selection?.kind).toBe('relation');
    expect((await api.datasetWithTexts()).dataset.relations).toHaveLength(relationsBefore + 1);
    await expect.poll(() => api.isRelationVisible(selection!.id)).toBe(true);
    await ui.suggestion(acceptedKey!).waitFor({ state: 'detached' });

    // A rejected one goes, and stays gone once the page is reloaded.
    const rejected = ui.suggestions.getByTestId('suggestion').first();
    const rejectedKey = await rejected.getAttribute('data-key');
    await rejected.getByRole('button', { name: 'Reject' }).click();
    await ui.suggestion(rejectedKey!).waitFor({ state: 'detached' });
    await api.waitUntilAutosaved();
    await explorer.reload();
    await ui.openReaderWithSuggestions();
    expect(await ui.suggestion(rejectedKey!).count()).toBe(0);
    expect(await ui.suggestions.getByText('1 rejected.').count()).toBe(1);
    expect((await api.datasetWithTexts()).dataset.relations.some((relation) => relation.id === selection!.id)).toBe(
      true,
    );
    expect(explorer.pageErrors).toEqual([]);
    await context.close();
  });
});
