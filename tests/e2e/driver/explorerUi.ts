// What a user does with the explorer, for end-to-end tests: clicks and drags on the canvas, the panels, search, filters,
// opening files, the reader, downloading the dataset.
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import type { ExplorerApi } from './explorerApi';

export class ExplorerUi {
  constructor(
    private readonly page: Page,
    private readonly api: ExplorerApi,
  ) {}

  get canvas(): Locator {
    return this.page.getByTestId('graph-canvas');
  }

  get details(): Locator {
    return this.page.getByTestId('details-panel');
  }

  get table(): Locator {
    return this.page.getByRole('region', { name: 'Relations table' });
  }

  get legend(): Locator {
    return this.page.getByRole('region', { name: 'Legend' });
  }

  /** The timeline strip under the graph, with the "as reported by" marker. */
  get timeline(): Locator {
    return this.page.getByTestId('timeline');
  }

  /** The paths view at the top of the details panel. */
  get pathsView(): Locator {
    return this.page.getByTestId('paths-view');
  }

  /** The line saying what a link left out. */
  get linkNotice(): Locator {
    return this.page.getByTestId('link-notice');
  }

  get sourcesView(): Locator {
    return this.page.getByTestId('sources-view');
  }

  /** Drags the timeline's marker to a day (the slider takes it as a day number, as a drag would leave it). */
  async dragTimelineTo(day: string): Promise<void> {
    const [year, month, date] = day.split('-').map(Number);
    const dayNumber = Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1) / 86_400_000);
    await this.timeline.getByRole('slider').fill(String(dayNumber));
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** The claim status filter: one checkbox per status the dataset has, with visible/total counts. */
  get statusFilter(): Locator {
    return this.page.getByRole('group', { name: 'Claim status' });
  }

  /** The status filter's checkbox for a status, named by its word ("denied"). */
  statusCheckbox(label: string): Locator {
    return this.statusFilter.getByRole('checkbox', { name: label, exact: true });
  }

  /** The "shown/total" count beside a status in the filter. */
  statusCount(label: string): Locator {
    // A filter's inner locator is looked for inside each list item.
    const checkbox = this.page.getByRole('checkbox', { name: label, exact: true });
    return this.statusFilter.getByRole('listitem').filter({ has: checkbox }).locator('.count');
  }

  /** The bar's button that shows or hides a panel. */
  panelToggle(panel: 'Filters' | 'Details' | 'Table'): Locator {
    return this.page.getByRole('button', { name: panel, exact: true });
  }

  /** A panel's frame around the graph, by its title ("Filters and legend", "Details", "Table of relations"). */
  panelFrame(title: string): Locator {
    return this.page.getByRole('complementary', { name: title, exact: true });
  }

  /** Shows a panel with its toggle, if it is not shown yet. */
  async showPanel(panel: 'Filters' | 'Details' | 'Table'): Promise<void> {
    const toggle = this.panelToggle(panel);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.page.locator(`#${await toggle.getAttribute('aria-controls')}`).waitFor();
  }

  /** The canvas's size on screen and its share of the window (the part of it inside the window). */
  async canvasShareOfWindow(): Promise<{ width: number; height: number; share: number }> {
    return this.canvas.evaluate((canvas) => {
      const box = canvas.getBoundingClientRect();
      const width = Math.max(0, Math.min(innerWidth, box.right) - Math.max(0, box.left));
      const height = Math.max(0, Math.min(innerHeight, box.bottom) - Math.max(0, box.top));
      return { width, height, share: (width * height) / (innerWidth * innerHeight) };
    });
  }

  /** Whether an element is shown whole inside the window. */
  async inWindow(element: Locator): Promise<boolean> {
    const box = await element.boundingBox();
    const size = this.page.viewportSize();
    if (box === null || size === null) return false;
    return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
  }

  /** Whether the page scrolls sideways: nothing should stick out of the window. */
  overflowsSideways(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
  }

  /** Opens the table drawer under the graph. */
  async openTable(): Promise<void> {
    await this.showPanel('Table');
    await this.table.waitFor();
  }

  relationTypeCheckbox(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  async clickActor(actorId: string): Promise<void> {
    const point = await this.api.actorPoint(actorId);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Drags an actor by `by` screen pixels with the mouse, in steps as a hand would, and lets go. */
  async dragActor(actorId: string, by: { x: number; y: number }): Promise<void> {
    const from = await this.api.actorPoint(actorId);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + by.x / 2, from.y + by.y / 2, { steps: 5 });
    await this.page.mouse.move(from.x + by.x, from.y + by.y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Adds an actor to the ones dragged together: a click with shift held. */
  async gatherActor(actorId: string): Promise<void> {
    const point = await this.api.actorPoint(actorId);
    await this.page.keyboard.down('Shift');
    try {
      await this.page.mouse.click(point.x, point.y);
    } finally {
      await this.page.keyboard.up('Shift');
    }
  }

  /** "Re-run layout": at once when no actor is pinned, else through the choice to keep them or to start afresh. */
  async reRunLayout(choice?: 'keep' | 'afresh'): Promise<void> {
    await this.page.getByRole('button', { name: 'Re-run layout' }).click();
    if (choice === undefined) return;
    const menu = this.page.getByRole('dialog', { name: 'Re-run layout' });
    await menu.getByRole('button', { name: choice === 'keep' ? /^Keep/ : 'Start afresh' }).click();
  }

  /** "Download dataset", then the one .json with the texts inline: the file's suggested name and its text. */
  async downloadDataset(): Promise<{ name: string; text: string }> {
    const download = await this.downloadDatasetAs('One .json file, texts inline');
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** "Download dataset", then the .zip with the sources: the file's suggested name and its bytes. */
  async downloadDatasetZip(): Promise<{ name: string; bytes: Buffer }> {
    const download = await this.downloadDatasetAs('Dataset and sources (.zip)');
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  private async downloadDatasetAs(choice: string): Promise<Download> {
    await this.page.getByRole('button', { name: 'Download dataset' }).click();
    const dialog = this.dialog('Download the dataset');
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      dialog.getByRole('button', { name: choice }).click(),
    ]);
    await dialog.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
    return download;
  }

  /** A dialog open over the page, by its title. */
  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** "New dataset…": a dataset with this title (its id the slug of it), started and on screen. */
  async newDataset(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New dataset…' }).click();
    const dialog = this.dialog('Start a new dataset');
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('button', { name: 'Start the dataset' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Opens "Add source" from the page's header. */
  async openAddSource(): Promise<Locator> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Add source…' }).click();
    return this.dialog('Add a source');
  }

  /** In "Add source": pastes a text and takes it, showing the metadata form. */
  async pasteSource(text: string): Promise<Locator> {
    const dialog = this.dialog('Add a source');
    await dialog.getByLabel('Paste the article’s text').fill(text);
    await dialog.getByRole('button', { name: 'Use this text' }).click();
    return dialog.getByRole('form', { name: 'Add a source' });
  }

  /** In "Add source": picks a file, and waits until it is read (the metadata form) or refused (an alert). */
  async pickSourceFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
    const dialog = this.dialog('Add a source');
    await dialog.getByLabel(/Or pick a saved web page/).setInputFiles(file);
    const form = dialog.getByRole('form', { name: 'Add a source' });
    await form.or(dialog.getByRole('alert')).first().waitFor();
    return form;
  }

  /** Fills the source form's fields by their labels' first words ("Outlet", "Published"), and adds the source. */
  async completeSource(form: Locator, fields: Record<string, string> = {}): Promise<void> {
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(new RegExp(`^${label}`)).fill(value);
    const add = form.getByRole('button', { name: 'Add source' });
    await expectEnabled(add);
    await add.click();
    await this.dialog('Add a source').waitFor({ state: 'detached' });
  }

  /** "New actor": one with this name and kind, added. */
  async newActor(name: string, kind: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New actor' }).click();
    const form = this.page.getByRole('form', { name: 'New actor' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Kind').selectOption(kind);
    const add = form.getByRole('button', { name: 'Add actor' });
    await expectEnabled(add);
    await add.click();
    await form.waitFor({ state: 'detached' });
  }

  /** Clicks a relation's edge where no other element is near (of `among`, when given); returns the relation's id. */
  async clickRelation(among?: readonly string[]): Promise<string> {
    const point = await this.api.clearRelationPoint(among);
    await this.page.mouse.click(point.x, point.y);
    return point.relationId;
  }

  /** Clicks the canvas's top-left corner, which fitting the graph with padding leaves empty. */
  async clickCanvasCorner(): Promise<void> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('the canvas is not shown');
    await this.page.mouse.click(box.x + 5, box.y + 5);
  }

  /** Turns the mouse wheel over the canvas centre, `steps` notches towards zooming in. */
  async wheelZoomIn(steps: number): Promise<void> {
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('the canvas is not shown');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < steps; step++) await this.page.mouse.wheel(0, -200);
  }

  /** Types into "Find an actor", waits for the suggestion `option`, and picks it with Enter. */
  async findActor(typed: string, option: string): Promise<void> {
    const search = this.page.getByRole('combobox', { name: 'Find an actor' });
    await search.fill('');
    await search.focus();
    await this.page.keyboard.type(typed);
    await this.page.getByRole('option', { name: option, exact: true }).waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Picks files with the "Open dataset" file input. */
  async openFiles(paths: string | string[] | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page
      .getByLabel('Open dataset file (.zip, or JSON with its source texts if separate)')
      .setInputFiles(paths);
  }

  /** Drops a JSON file with `text` on the page, as dragging it from the desktop would. */
  async dropFile(name: string, text: string): Promise<void> {
    await this.page.evaluate(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'application/json' }));
        const target = document.querySelector('main') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop'])
          target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name, text },
    );
  }

  /** The source reader's suggested relations, beside or under its text. */
  get suggestions(): Locator {
    return this.page.getByRole('region', { name: 'Suggested relations' });
  }

  /** Opens the source reader from the curation toolbar (unfolding the tools on a narrow window) and waits until the engine has answered. */
  async openReaderWithSuggestions(): Promise<void> {
    const read = this.page.getByRole('button', { name: 'Read sources' });
    if (!(await read.isVisible())) await this.page.getByRole('button', { name: 'Tools' }).click();
    await read.click();
    await this.suggestions.getByTestId('suggestion').first().waitFor({ timeout: 30_000 });
  }

  /** A suggestion in the reader's list, by the engine's key. */
  suggestion(key: string): Locator {
    return this.suggestions.locator(`[data-testid="suggestion"][data-key=${JSON.stringify(key)}]`);
  }

  /** Selects the `occurrence`-th (from 0) `passage` in the source reader as a mouse would, and lets go. */
  async selectInReader(passage: string, occurrence = 0): Promise<void> {
    await this.page.getByTestId('reader-text').evaluate(
      (container, { passage, occurrence }) => {
        const text = container.textContent ?? '';
        let start = -1;
        for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(passage, start + 1);
        if (start < 0) throw new Error(`"${passage}" does not occur ${occurrence + 1} times in the reader`);
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (start >= offset && start < offset + length) range.setStart(node, start - offset);
          if (start + passage.length <= offset + length) {
            range.setEnd(node, start + passage.length - offset);
            break;
          }
          offset += length;
        }
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      },
      { passage, occurrence },
    );
  }
}

/** Waits until a button is enabled: the editors enable Save once the validator has passed what the form would do. */
async function expectEnabled(button: Locator): Promise<void> {
  await button.and(button.page().locator(':enabled')).waitFor();
}
