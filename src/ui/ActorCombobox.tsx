// Choose an actor by typing a name or alias: a combobox with a listbox of matches (case- and diacritics-insensitive),
// shared by the search box and the paths view's pickers.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchActors, type SearchHit } from '../domain/query';
import { useI18n } from '../i18n/I18nProvider';
import { searchIndexOf } from '../store/selectors';
import { useExplorer } from '../store/StoreProvider';
import { useFloatingPanel } from './useFloatingPanel';

interface Props {
  label: string;
  placeholder: string;
  /** The listbox's accessible name. */
  matchesLabel: string;
  /** What to say when nothing matches the query. */
  noMatch(query: string): string;
  /** Most matches listed; the search index's default when absent. */
  limit?: number;
  /** An actor not offered (the other end of a path). */
  exclude?: string;
  /** Handles the choice and says what the field shows afterwards (its name, or nothing). */
  onChoose(hit: SearchHit): string;
  className?: string;
}

export function ActorCombobox({
  label,
  placeholder,
  matchesLabel,
  noMatch,
  limit,
  exclude,
  onChoose,
  className,
}: Props) {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const hits = useMemo(
    () => (checked ? searchActors(searchIndexOf(checked), query, limit).filter((hit) => hit.actorId !== exclude) : []),
    [checked, query, limit, exclude],
  );

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setQuery(onChoose(hit));
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((current) => (hits.length === 0 ? 0 : (current + step + hits.length) % hits.length));
    } else if (event.key === 'Enter' && open && hits.length > 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
    }
  };

  const expanded = open && query.trim() !== '';
  const listShown = expanded && hits.length > 0;
  const noneShown = expanded && hits.length === 0;
  // The list, or the note that nothing matches, stays under the field and inside the window, on a phone too.
  const { setAnchor, setPanel, panelStyle } = useFloatingPanel(expanded, { sheetWhenNarrow: false });
  return (
    <div className={className ? `search ${className}` : 'search'}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        ref={setAnchor}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={listShown}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${id}-option-${active}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        ref={listShown ? setPanel : null}
        id={listId}
        role="listbox"
        aria-label={matchesLabel}
        className="search__list"
        style={listShown ? panelStyle : undefined}
        hidden={!listShown}
      >
        {expanded &&
          hits.map((hit, index) => (
            <li
              key={hit.actorId}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              // mousedown would blur the input and close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              {hit.name}
              {hit.matchedAlias && (
                <span className="search__alias"> {t('search.alias', { alias: hit.matchedAlias })}</span>
              )}
            </li>
          ))}
      </ul>
      {noneShown && (
        <p ref={setPanel} className="search__none" style={panelStyle} role="status">
          {noMatch(query)}
        </p>
      )}
    </div>
  );
}
