// A list of checkboxes, one per value, with counts, "all", "none" and "only this": used for types, kinds and documents.
import { useId } from 'react';

export interface ChecklistItem {
  id: string;
  label: string;
  /** Visible now. */
  count: number;
  total: number;
}

interface Props {
  title: string;
  /** What the all/none buttons speak of, e.g. "relation types". */
  noun: string;
  items: readonly ChecklistItem[];
  hidden: readonly string[];
  onToggle(id: string): void;
  onAll(shown: boolean): void;
  onOnly(id: string): void;
}

export function FilterChecklist({ title, noun, items, hidden, onToggle, onAll, onOnly }: Props) {
  const headingId = useId();
  const hiddenSet = new Set(hidden);
  return (
    <fieldset className="filter-group" aria-labelledby={headingId}>
      <legend id={headingId}>{title}</legend>
      <div className="filter-group__bulk">
        <button type="button" onClick={() => onAll(true)} aria-label={`Show all ${noun}`}>
          all
        </button>
        <button type="button" onClick={() => onAll(false)} aria-label={`Hide all ${noun}`}>
          none
        </button>
      </div>
      <ul className="filter-group__items">
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input type="checkbox" checked={!hiddenSet.has(item.id)} onChange={() => onToggle(item.id)} />
              {item.label}
            </label>{' '}
            <span className="count" title={`${item.count} shown of ${item.total}`}>
              {item.count}/{item.total}
            </span>{' '}
            <button type="button" className="only-button" onClick={() => onOnly(item.id)} aria-label={`Only ${item.label}`}>
              only
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
