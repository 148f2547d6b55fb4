// What a user does with the explorer, for end-to-end tests: clicks on the canvas, search, filters, opening files, the reader.
import type { Locator, Page } from 'playwright-core';
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

  relationTypeCheckbox(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  async clickActor(actorId: string): Promise<void> {
    const point = await this.api.actorPoint(actorId);
    await this.page.mouse.click(point.x, point.y);
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
  async openFiles(paths: string | string[]): Promise<void> {
    await this.page.getByLabel('Open dataset file (JSON, with its source texts if separate)').setInputFiles(paths);
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
