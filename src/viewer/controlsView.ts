// The shared view's controls: find an actor, filter by relation type and by claim status (each with its swatch and
// how many of the view's relations it holds), and the legend of what is shown.
import { CLAIM_STATUSES, claimStatusesOf, type ClaimStatus } from '../domain/claims';
import type { CheckedDataset } from '../domain/model';
import { buildSearchIndex, searchActors, type Visibility } from '../domain/query';
import { legendModel, visibleLegend } from '../graph/legend';
import { EDGE_SWATCH, edgeSwatch, markSwatch, NODE_SWATCH, nodeSwatch } from '../graph/legendSwatches';
import { relationStyle } from '../graph/palette';
import type { Formatter } from '../i18n/formatter';
import { el, replaceChildren } from './dom';
import { swatch } from './swatch';
import { toggledInSet, type ViewStore } from './viewState';

interface ControlsContext {
  format: Formatter;
  checked: CheckedDataset;
  /** The relations of the view as exported, before the reader's filters: what the filters offer. */
  exported: Visibility;
  store: ViewStore;
  /** Selects an actor and brings it into view. */
  findActor: (actorId: string) => void;
}

function checkbox(label: Node[], checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = el('input', { attrs: { type: 'checkbox' } });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', { className: 'check' }, input, ...label);
}

export function filtersView(context: ControlsContext): HTMLElement {
  const { format, checked, exported, store } = context;
  const counts = new Map<string, number>();
  const statusCounts = new Map<ClaimStatus, number>();
  const statuses = claimStatusesOf(checked);
  for (const index of exported.relationIndices) {
    const relation = checked.dataset.relations[index]!;
    counts.set(relation.type, (counts.get(relation.type) ?? 0) + 1);
    const status = statuses[index] ?? 'asserted';
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
  }
  const types = [...checked.relationTypes.values()].filter((type) => counts.has(type.id));
  const typeBoxes = el('div', { className: 'checklist' });
  const statusBoxes = el('div', { className: 'checklist' });
  const render = () => {
    const state = store.get();
    replaceChildren(
      typeBoxes,
      ...types.map((type) =>
        checkbox(
          [
            swatch(edgeSwatch(relationStyle(type)), EDGE_SWATCH),
            document.createTextNode(
              format.t('viewer.filters.count', { label: type.label, count: counts.get(type.id) ?? 0 }),
            ),
          ],
          !state.hiddenTypes.has(type.id),
          (on) => store.set({ hiddenTypes: toggledInSet(state.hiddenTypes, type.id, !on) }),
        ),
      ),
    );
    replaceChildren(
      statusBoxes,
      ...CLAIM_STATUSES.filter((status) => statusCounts.has(status)).map((status) =>
        checkbox(
          [
            document.createTextNode(
              format.t('viewer.filters.count', {
                label: format.t(`claims.status.${status}`),
                count: statusCounts.get(status) ?? 0,
              }),
            ),
          ],
          !state.hiddenStatuses.has(status),
          (on) => store.set({ hiddenStatuses: toggledInSet(state.hiddenStatuses, status, !on) }),
        ),
      ),
    );
  };
  store.subscribe((state, before) => {
    if (state.hiddenTypes !== before.hiddenTypes || state.hiddenStatuses !== before.hiddenStatuses) render();
  });
  render();
  const bulk = (key: 'all' | 'none') =>
    el(
      'button',
      {
        className: 'link-button',
        attrs: { type: 'button' },
        on: {
          click: () => store.set({ hiddenTypes: new Set(key === 'all' ? [] : types.map((type) => type.id)) }),
        },
      },
      format.t(`viewer.filters.${key}`),
    );
  return el(
    'details',
    { className: 'panel', attrs: { open: '' } },
    el('summary', {}, format.t('viewer.filters')),
    el(
      'fieldset',
      {},
      el('legend', {}, format.t('viewer.filters.types'), ' ', bulk('all'), ' ', bulk('none')),
      typeBoxes,
    ),
    el('fieldset', {}, el('legend', {}, format.t('viewer.filters.statuses')), statusBoxes),
  );
}

export function searchView(context: ControlsContext): HTMLElement {
  const { format, checked } = context;
  const index = buildSearchIndex(checked.dataset.actors);
  const listId = 'viewer-search-results';
  const input = el('input', {
    attrs: {
      type: 'search',
      'aria-label': format.t('viewer.search'),
      placeholder: format.t('viewer.search'),
      'aria-controls': listId,
    },
  });
  const results = el('ul', {
    className: 'search-results',
    attrs: { id: listId, 'aria-label': format.t('viewer.search.results') },
  });
  input.addEventListener('input', () => {
    const query = input.value.trim();
    if (query === '') return replaceChildren(results);
    const hits = searchActors(index, query, 8);
    if (hits.length === 0)
      return replaceChildren(results, el('li', { className: 'hint' }, format.t('viewer.search.none', { query })));
    replaceChildren(
      results,
      ...hits.map((hit) =>
        el(
          'li',
          {},
          el(
            'button',
            {
              className: 'link-button',
              attrs: { type: 'button' },
              on: { click: () => context.findActor(hit.actorId) },
            },
            hit.matchedAlias ? `${hit.name} (${hit.matchedAlias})` : hit.name,
          ),
        ),
      ),
    );
  });
  return el('div', { className: 'search' }, input, results);
}

export function legendView(context: Pick<ControlsContext, 'format' | 'checked'>, visibility: Visibility): HTMLElement {
  const { format, checked } = context;
  const legend = visibleLegend(legendModel(checked, visibility));
  const rows = (
    entries: { shapes: ReturnType<typeof edgeSwatch>; size: { width: number; height: number }; label: string }[],
  ) =>
    el(
      'ul',
      { className: 'legend' },
      ...entries.map((entry) => el('li', {}, swatch(entry.shapes, entry.size), entry.label)),
    );
  return el(
    'div',
    {},
    legend.relations.length > 0 && el('h4', {}, format.t('legend.relations')),
    rows(
      legend.relations.map((entry) => ({
        shapes: edgeSwatch(entry.style),
        size: EDGE_SWATCH,
        label: format.t('common.labelWithCount', { label: entry.label, count: entry.visible }),
      })),
    ),
    legend.marks.length > 0 && el('h4', {}, format.t('legend.claims')),
    rows(
      legend.marks.map((entry) => ({
        shapes: markSwatch(entry.mark),
        size: EDGE_SWATCH,
        label: format.t('common.labelWithCount', {
          label: format.t(`claims.status.${entry.status}`),
          count: entry.visible,
        }),
      })),
    ),
    legend.kinds.length > 0 && el('h4', {}, format.t('legend.actors')),
    rows(
      legend.kinds.map((entry) => ({
        shapes: nodeSwatch(entry.style),
        size: NODE_SWATCH,
        label: format.t('common.labelWithCount', { label: entry.label, count: entry.visible }),
      })),
    ),
  );
}
