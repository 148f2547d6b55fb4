// The table of visible relations: sortable, synchronised with the selection; the keyboard alternative to the canvas.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { selectVisibility } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/en';
import { allRelationRows, sortRows, visibleRows, type Sort, type SortKey } from './relationRows';
import { RelationRowView } from './RelationRowView';
import { useShowInGraph } from '../../ui/useShowInGraph';
import './table.css';

const COLUMNS: { key: SortKey; label: MessageId }[] = [
  { key: 'source', label: 'table.column.source' },
  { key: 'type', label: 'table.column.type' },
  { key: 'target', label: 'table.column.target' },
  { key: 'status', label: 'table.column.status' },
  { key: 'date', label: 'table.column.date' },
  { key: 'quote', label: 'table.column.quote' },
  { key: 'outlet', label: 'table.column.outlet' },
  { key: 'documents', label: 'sources.column' },
];

/** Rendering thousands of rows on every filter change would cost more than the graph: show a page, then all on request. */
const FIRST_PAGE = 200;

export function RelationTable() {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const visibility = useExplorer(selectVisibility);
  const selection = useExplorer((state) => state.selection);
  const select = useShowInGraph();
  const [sort, setSort] = useState<Sort>({ key: 'source', descending: false });
  const [showAll, setShowAll] = useState(false);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const onSelect = useCallback((relationId: string) => select({ kind: 'relation', id: relationId }), [select]);

  // Rows are built once per dataset and sorted once per order; a filter change only picks the visible ones, in a
  // deferred render, so the canvas repaints first.
  const sorted = useMemo(() => (checked ? sortRows(allRelationRows(checked), sort) : []), [checked, sort]);
  // null on the first render: the rows come in a second pass, after the graph's first frame.
  const deferredVisibility = useDeferredValue(visibility, null);
  const listed = useMemo(
    () => (deferredVisibility ? visibleRows(sorted, deferredVisibility.relationIds) : null),
    [sorted, deferredVisibility],
  );
  const rows = listed ?? [];

  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);

  if (checked === null) return null;
  const shown = showAll ? rows : rows.slice(0, FIRST_PAGE);
  const sortBy = (key: SortKey) =>
    setSort((current) => ({ key, descending: current.key === key ? !current.descending : false }));

  return (
    <section className="panel relation-table" aria-label={t('table.label')}>
      <h2>
        {t('table.heading')}{' '}
        <span className="count">{t('table.shown', { count: visibility?.relationIds.size ?? 0 })}</span>
      </h2>
      {listed === null ? (
        <p>{t('table.listing')}</p>
      ) : rows.length === 0 ? (
        <p>{t('table.empty')}</p>
      ) : (
        <div className="relation-table__scroll">
          <table>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                  >
                    <button type="button" onClick={() => sortBy(column.key)}>
                      {t(column.label)}
                      <span aria-hidden="true">{sort.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const isSelected = selection?.kind === 'relation' && selection.id === row.relationId;
                const touchesActor = selection?.kind === 'actor' && row.actorIds.includes(selection.id);
                return (
                  <RelationRowView
                    key={row.relationId}
                    row={row}
                    isSelected={isSelected}
                    isRelated={touchesActor}
                    selectedRef={isSelected ? selectedRow : undefined}
                    onSelect={onSelect}
                  />
                );
              })}
            </tbody>
          </table>
          {!showAll && rows.length > FIRST_PAGE && (
            <button type="button" onClick={() => setShowAll(true)}>
              {t('table.showAll', { count: rows.length })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
