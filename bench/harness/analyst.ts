// The analyst's steps in the explorer, timed as the filter is: the "as reported by" marker moved with the mouse until a
// relation reported only later leaves the canvas, and the paths between two actors until the canvas stands them out.
import type { NodeSingular } from 'cytoscape';
import type { Page } from 'playwright-core';
import type { InteractionResult } from './probe';

const elapsed = (result: InteractionResult) =>
  result.input !== null && result.shown !== null ? result.shown - result.input : null;

/** Where on the timeline's track the marker is put down, as a share of its width from the left. */
const MARKER_AT = 0.5;

/**
 * A press on the timeline's track halfway along (the range input takes the day under the pointer, as a drag does) → the
 * frame painted without a relation that no document published by then states.
 */
export async function measureAsOf(page: Page): Promise<number | null> {
  const target = await page.evaluate((share) => {
    const explorer = window.__explorer;
    const slider = document.querySelector<HTMLInputElement>('.timeline__slider');
    if (!explorer || !slider) return null;
    const low = Number(slider.min);
    const high = Number(slider.max);
    const cutDay = Math.round(low + share * (high - low));
    const cut = new Date(cutDay * 86_400_000).toISOString().slice(0, 10);
    const checked = explorer.store.getState().checked;
    if (!checked) return null;
    const published = new Map(checked.dataset.documents.map((document) => [document.id, document.published]));
    // A shown relation whose every document came out after the cut (published dates here are whole days).
    const relation = checked.dataset.relations.find(
      (candidate) =>
        explorer.cy.getElementById(`rel:${candidate.id}`).visible() &&
        candidate.evidence.every((evidence) => (published.get(evidence.document) ?? '') > cut),
    );
    const box = slider.getBoundingClientRect();
    return relation
      ? { edgeId: `rel:${relation.id}`, x: box.left + share * box.width, y: box.top + box.height / 2 }
      : null;
  }, MARKER_AT);
  if (target === null) return null;
  await page.evaluate((edgeId) => window.__probe?.arm({ until: 'hidden', edgeId }), target.edgeId);
  await page.mouse.click(target.x, target.y);
  const result = await page.evaluate(() => window.__probe!.result(30_000));
  await page.evaluate(() => window.__explorer?.store.getState().setFilter('asOf', null));
  return elapsed(result);
}

/** The paths between an actor and one four hops away (or the farthest within four) → the frame that stands them out. */
export async function measurePaths(page: Page): Promise<number | null> {
  const ends = await page.evaluate(() => {
    const explorer = window.__explorer;
    if (!explorer) return null;
    const from: NodeSingular | undefined = explorer.cy
      .nodes(':visible')
      .filter((node) => node.connectedEdges(':visible').length > 0)[0];
    if (!from) return null;
    // Breadth first over the drawn edges (a bundle joins its pair as its members do), to four hops or the farthest.
    const depth = new Map([[from.id(), 0]]);
    let frontier: NodeSingular[] = [from];
    let to = '';
    for (let hop = 1; hop <= 4 && frontier.length > 0; hop++) {
      const next: NodeSingular[] = [];
      for (const node of frontier)
        node
          .connectedEdges(':visible')
          .connectedNodes()
          .forEach((other) => {
            if (depth.has(other.id())) return;
            depth.set(other.id(), hop);
            next.push(other);
            to = other.id();
          });
      frontier = next;
    }
    return to === '' ? null : { from: from.id(), to };
  });
  if (ends === null) return null;
  const result = await page.evaluate(async ({ from, to }) => {
    const probe = window.__probe!;
    probe.arm({ until: 'class', elementId: to, className: 'on-path' });
    window.__explorer?.store.getState().setPath({ from, to });
    return probe.result(30_000);
  }, ends);
  await page.evaluate(() => window.__explorer?.store.getState().setPath(null));
  return elapsed(result);
}
