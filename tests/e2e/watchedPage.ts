// End-to-end helpers for import tests: a page that records dialogs, CSP violations and page errors, and opens files through the UI.
import type { Browser, Page } from 'playwright-core';

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

export interface WatchedPage {
  page: Page;
  dialogs: string[];
  pageErrors: string[];
  workers: string[];
  cspViolations(): Promise<string[]>;
}

/** Opens the explorer with ?debug and waits until the bundled (or `?data=`) dataset is drawn, unless told not to wait. */
export async function openWatched(
  browser: Browser,
  baseUrl: string,
  options: { query?: string; waitForGraph?: boolean; page?: Page } = {},
): Promise<WatchedPage> {
  const page =
    options.page ?? (await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true }));
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const workers: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('worker', (worker) => workers.push(worker.url()));
  // Init scripts are injected by the browser's debugging protocol, so the page's CSP does not block this listener.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const search = new URLSearchParams(options.query ?? '');
  search.set('debug', '');
  await page.goto(`${baseUrl}/?${search.toString()}`);
  if (options.waitForGraph !== false) await waitForGraph(page);
  return { page, dialogs, pageErrors, workers, cspViolations: () => page.evaluate(() => window.__cspViolations ?? []) };
}

export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__explorer?.cy.nodes().length ?? 0) > 0, undefined, { timeout: 30_000 });
}

/** Picks files with the "Open dataset" file input, as a user would. */
export async function openFiles(page: Page, paths: string | string[]): Promise<void> {
  await page.getByLabel('Open dataset file (JSON, with its source texts if separate)').setInputFiles(paths);
}

export const datasetTitle = (page: Page) =>
  page.evaluate(() => window.__explorer?.store.getState().checked?.dataset.title ?? null);

/** Waits until opening `fileName` finished: it is the dataset on screen, or its refusal is shown. */
export async function waitForOpened(page: Page, fileName: string): Promise<'opened' | 'refused'> {
  const handle = await page.waitForFunction(
    (name) => {
      type Seen = { importStatus: { phase: string; name?: string }; source: { kind: string; name?: string } | null };
      const state = window.__explorer?.store.getState() as unknown as Seen | undefined;
      if (!state) return null;
      if (state.importStatus.phase === 'refused' && state.importStatus.name === name) return 'refused';
      if (state.importStatus.phase === 'idle' && state.source?.kind === 'file' && state.source.name === name)
        return 'opened';
      return null;
    },
    fileName,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as 'opened' | 'refused';
}
