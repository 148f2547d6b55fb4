// A list of checkboxes, one per value, with counts, "all", "none" and "only this": used for types, kinds and documents.
import { memo, useCallback, useId } from 'react';
import type { FilterList } from '../../domain/query';
import { allShown, onlyShown, shownAmong, toggled } from '../../store/filterTransitions';
import { useExplorer } from '../../store/StoreProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { narrowed, useNarrowField } from '../../ui/NarrowField';

export interface ChecklistItem {
  id: string;
  label: string;
  /** What the value means, shown on hover. */
  hint?: string;
  /** Visible now. */
  count: number;
  total: number;
}

interface Props {
  title: string;
  /** The all and none buttons' names, e.g. "Show all relation types". */
  showAllLabel: string;
  hideAllLabel: string;
  /** The filter list these checkboxes edit. */
  list: FilterList;
  /** Every value the list offers, the same array while the dataset is (keeps the rows' callbacks stable). */
  ids: readonly string[];
  items: readonly ChecklistItem[];
  hidden: readonly string[];
  /** A line under the list, e.g. what it hides by default. */
  note?: string | undefined;
}

interface RowProps {
  item: ChecklistItem;
  shown: boolean;
  onToggle(id: string): void;
  onOnly(id: string): void;
}

/** Memoised: a filter change re-renders only the rows whose count or state changed (a dataset may cite 1,000 documents). */
const ChecklistRow = memo(function ChecklistRow({ item, shown, onToggle, onOnly }: RowProps) {
  const { t } = useI18n();
  return (
    <li>
      <label title={item.hint}>
        <input type="checkbox" checked={shown} onChange={() => onToggle(item.id)} />
        {item.label}
      </label>{' '}
      <span className="count" title={t('filters.count.title', { count: item.count, total: item.total })}>
        {t('filters.count', { count: item.count, total: item.total })}
      </span>{' '}
      <button
        type="button"
        className="only-button"
        onClick={() => onOnly(item.id)}
        aria-label={t('filters.only.label', { label: item.label })}
      >
        {t('filters.only')}
      </button>
    </li>
  );
}, sameRow);

function sameRow(before: RowProps, after: RowProps): boolean {
  const a = before.item;
  const b = after.item;
  return (
    a.id === b.id &&
    a.label === b.label &&
    a.hint === b.hint &&
    a.count === b.count &&
    a.total === b.total &&
    before.shown === after.shown &&
    before.onToggle === after.onToggle &&
    before.onOnly === after.onOnly
  );
}

export function FilterChecklist({ title, showAllLabel, hideAllLabel, list, ids, items, hidden, note }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const setFilter = useExplorer((state) => state.setFilter);
  const onToggle = useCallback((id: string) => setFilter(list, (current) => toggled(current, id)), [setFilter, list]);
  const onOnly = useCallback((id: string) => setFilter(list, onlyShown(ids, id)), [setFilter, list, ids]);
  const hiddenSet = new Set(hidden);
  const { query, field } = useNarrowField(title, items.length);
  const rows = narrowed(items, query, (item) => item.label);
  // Narrowed, "all" and "none" act on the rows found, as a reader who typed a name expects.
  const narrowedTo = rows !== items;
  const setShown = (shown: boolean) =>
    setFilter(list, (current) =>
      !narrowedTo
        ? allShown(ids, shown)
        : shownAmong(
            current,
            rows.map((item) => item.id),
            shown,
          ),
    );
  return (
    <fieldset className="filter-group" aria-labelledby={headingId}>
      <legend id={headingId}>{title}</legend>
      <div className="filter-group__bulk">
        <button
          type="button"
          onClick={() => setShown(true)}
          aria-label={narrowedTo ? t('filters.narrow.showFound', { count: rows.length }) : showAllLabel}
        >
          {narrowedTo ? t('filters.narrow.allFound') : t('filters.all')}
        </button>
        <button
          type="button"
          onClick={() => setShown(false)}
          aria-label={narrowedTo ? t('filters.narrow.hideFound', { count: rows.length }) : hideAllLabel}
        >
          {narrowedTo ? t('filters.narrow.noneFound') : t('filters.none')}
        </button>
      </div>
      {field}
      <ul className="filter-group__items">
        {rows.map((item) => (
          <ChecklistRow key={item.id} item={item} shown={!hiddenSet.has(item.id)} onToggle={onToggle} onOnly={onOnly} />
        ))}
      </ul>
      {rows.length === 0 && (
        <p className="hint">{items.length === 0 ? t('filters.list.empty') : t('filters.narrow.none', { query })}</p>
      )}
      {note && <p className="hint">{note}</p>}
    </fieldset>
  );
}
