// The shared view's entry: the script an exported HTML file carries inline. It reads the file's own data (no request
// leaves the page), draws the graph where the explorer had it, and wires the search, filters, legend and details.
import { createFormatter } from '../i18n/formatter';
import { el, replaceChildren } from './dom';
import { readEmbedded } from './embedded';
import { createGraphView, type GraphView } from './graphView';
import { filtersView, legendView, searchView } from './controlsView';
import { detailsView } from './detailsView';
import { printFigure, refreshPrintQuotes } from './printView';
import { sourcesView } from './sourcesView';
import type { Selection } from '../domain/selection';
import { createViewStore } from './viewState';
import { viewVisibility } from './visibility';
import './viewer.css';

/** Gives the browser the thread back between the steps of the start, so that no one task holds the page long. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
/** The next task after the browser has drawn a frame. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function start(root: HTMLElement): Promise<void> {
  // The script's parse and first run are one task already: the data is read in the next.
  await nextTask();
  const format = createFormatter();
  const embedded = readEmbedded(format);
  await nextTask();
  if (!embedded.ok) {
    replaceChildren(
      root,
      el(
        'p',
        { className: 'viewer-broken', attrs: { role: 'alert' } },
        format.t('viewer.broken', { reason: embedded.reason }),
      ),
    );
    return;
  }
  const { checked, meta, hashMatches } = embedded;
  const shownActors = new Set(meta.shownActors.filter((id) => checked.actorsById.has(id)));
  const store = createViewStore({ selection: null, hiddenTypes: new Set(), hiddenStatuses: new Set() });
  const visibilityOf = () => viewVisibility(checked, shownActors, meta.asOf, store.get());
  const exported = visibilityOf();
  let visibility = exported;
  document.title = meta.title;

  const canvas = el('div', {
    className: 'viewer-canvas',
    attrs: { role: 'img', 'aria-label': format.t('viewer.graph') },
  });
  const shownCount = el('p', { className: 'viewer-count', attrs: { 'aria-live': 'polite' } });
  const legendHolder = el('div');
  const details = el('section', {
    className: 'viewer-details',
    attrs: { 'aria-live': 'polite', 'aria-label': format.t('viewer.details') },
  });
  const sourcesHolder = el('div');
  const printHolder = el('div', { className: 'print-only' });
  const select = (selection: Selection) => store.set({ selection });
  // Made once its box is on the page, so that it is drawn at the box's size.
  let graph: GraphView | null = null;
  const findActor = (actorId: string) => {
    select({ kind: 'actor', id: actorId });
    const node = graph?.cy.getElementById(actorId);
    if (node?.nonempty()) graph?.cy.animate({ center: { eles: node } }, { duration: 300 });
  };
  const context = { format, checked, exported, store, findActor };

  const stamp = format.t('viewer.stamp', {
    createdAt: format.time(new Date(meta.createdAt), 'moment'),
    dataset: meta.source.datasetTitle,
    datasetId: meta.source.datasetId,
    hash: meta.contentHash,
  });
  replaceChildren(
    root,
    el(
      'header',
      { className: 'viewer-header' },
      el('h1', { attrs: { dir: 'auto' } }, meta.title),
      meta.subtitle && el('p', { className: 'viewer-subtitle', attrs: { dir: 'auto' } }, meta.subtitle),
      meta.asOf &&
        el('p', { className: 'viewer-asof' }, format.t('viewer.asOf', { date: format.partialDate(meta.asOf) })),
    ),
    el(
      'main',
      { className: 'viewer-main' },
      el(
        'div',
        { className: 'viewer-graph' },
        canvas,
        el(
          'button',
          { className: 'viewer-fit', attrs: { type: 'button' }, on: { click: () => graph?.fit() } },
          format.t('viewer.fit'),
        ),
        shownCount,
      ),
      el(
        'aside',
        { className: 'viewer-side' },
        searchView(context),
        details,
        filtersView(context),
        el('details', { className: 'panel' }, el('summary', {}, format.t('viewer.legend')), legendHolder),
      ),
    ),
    printFigure(format, () => graph?.picture() ?? ''),
    printHolder,
    sourcesHolder,
    el(
      'footer',
      { className: 'viewer-stamp' },
      el('p', {}, stamp, ' (', format.t(hashMatches ? 'viewer.hash.verified' : 'viewer.hash.changed'), ')'),
    ),
  );

  await nextTask();
  // The graph is drawn once empty (its first frame would draw every element at once, see createGraphView); then its
  // elements come, with the view's hidden ones hidden, are fitted and labelled, and drawn.
  const view = createGraphView(canvas, checked, { edgeLabels: meta.edgeLabels, onSelect: select, visibility });
  graph = view;
  await nextFrame();
  view.addElements();
  view.fit();
  // Then the elements are measured (edges' curves, labels' boxes) in a task of their own, during which Cytoscape holds
  // its frame (a batch: it draws nothing until the batch ends), so that the frame that follows only draws.
  view.cy.startBatch();
  await nextTask();
  view.cy.endBatch();
  view.cy.elements(':visible').boundingBox();
  // The graph's frame is drawn before the panels are filled, each in its own task.
  await nextFrame();
  // The graph already shows the exported view with nothing selected: at the start only the panels are filled.
  const showPanels = () => {
    shownCount.textContent = format.t('viewer.shown', {
      actors: visibility.actorIds.size,
      relations: visibility.relationIndices.length,
    });
    replaceChildren(legendHolder, legendView(context, visibility));
    replaceChildren(sourcesHolder, sourcesView(format, checked, visibility));
    refreshPrintQuotes(printHolder, format, checked, visibility, meta.asOf);
  };
  const showDetails = () =>
    replaceChildren(
      details,
      ...detailsView({ format, checked, visibility, asOf: meta.asOf, select }, store.get().selection),
    );
  const showSelection = () => {
    view.select(store.get().selection);
    showDetails();
  };
  store.subscribe((state, before) => {
    if (state.hiddenTypes !== before.hiddenTypes || state.hiddenStatuses !== before.hiddenStatuses) {
      visibility = visibilityOf();
      view.show(visibility);
      showPanels();
      showSelection();
    } else if (state.selection !== before.selection) showSelection();
  });
  showPanels();
  showDetails();
  root.dataset.ready = 'true';
  // The moment the graph is first on screen, for the bench (npm run bench:share).
  requestAnimationFrame(() => performance.mark('shared-view:first-frame'));
}

const root = document.getElementById('shared-view');
if (root) void start(root);
