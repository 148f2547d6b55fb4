// An explorer page for end-to-end tests: opens it with ?debug, records what went wrong in it, and offers its API and UI drivers.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ExplorerApi } from './explorerApi';
import { ExplorerUi } from './explorerUi';

declare global {
  interface Window {
    __cspViolations?: string[];
    /** Set by the hostile fixtures' injected scripts, should any ever run. */
    __pwned?: unknown;
  }
}

/** The explorer's address with `params`, and ?debug so the page exposes its store and graph to the API driver. */
export function explorerAddress(baseUrl: string, params: Record<string, string> = {}): string {
  const search = new URLSearchParams(params);
  search.set('debug', '');
  return `${baseUrl}/?${search.toString()}`;
}

export class ExplorerPage {
  readonly api: ExplorerApi;
  readonly ui: ExplorerUi;
  /** Messages of the alert, confirm and prompt dialogs the page opened (each dismissed). */
  readonly dialogs: string[] = [];
  readonly pageErrors: string[] = [];
  /** Addresses of the Web Workers the page started. */
  readonly workers: string[] = [];

  private constructor(readonly page: Page) {
    this.api = new ExplorerApi(page);
    this.ui = new ExplorerUi(page, this.api);
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('worker', (worker) => this.workers.push(worker.url()));
  }

  /**
   * Opens `address` (see explorerAddress) in a new page and, unless told `until: 'page-loaded'`, waits until the
   * dataset is laid out on the canvas; a page error on the way fails the opening.
   */
  static async open(
    where: Browser | BrowserContext,
    address: string,
    options: { until?: 'laid-out' | 'page-loaded' } = {},
  ): Promise<ExplorerPage> {
    const page =
      'newContext' in where
        ? await where.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true })
        : await where.newPage();
    const explorer = new ExplorerPage(page);
    // Init scripts come through the browser's debugging protocol, so the page's CSP does not block this listener.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(address);
    if (options.until !== 'page-loaded') {
      await explorer.api.waitUntilLaidOut();
      if (explorer.pageErrors.length > 0) throw new Error(`page errors: ${explorer.pageErrors.join('; ')}`);
    }
    return explorer;
  }

  /** Reloads the page and waits until the dataset is laid out again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.api.waitUntilLaidOut();
  }

  /** Content-Security-Policy violations the page reported. */
  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => window.__cspViolations ?? []);
  }

  /** Whether a script smuggled in through the data ran (the hostile fixtures' scripts set window.__pwned). */
  injectedScriptRan(): Promise<boolean> {
    return this.page.evaluate(() => window.__pwned !== undefined);
  }

  /** Resolves once the page has drawn its next frame. */
  nextFrame(): Promise<void> {
    return this.page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
