// Actor search: a combobox with a listbox of matches (name or alias, case- and diacritics-insensitive).
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchActors } from '../../domain/query';
import { searchIndexOf } from '../../store/selectors';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { useShowInGraph } from '../../ui/useShowInGraph';

export function SearchBox() {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const select = useShowInGraph();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const hits = useMemo(() => (checked ? searchActors(searchIndexOf(checked), query) : []), [checked, query]);

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    select({ kind: 'actor', id: hit.actorId });
    setQuery(hit.name);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (hits.length === 0 ? 0 : (current + 1) % hits.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (hits.length === 0 ? 0 : (current - 1 + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      if (open && hits.length > 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
    }
  };

  const expanded = open && query.trim() !== '';
  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>{t('search.label')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded && hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${id}-option-${active}` : undefined}
        placeholder={t('search.placeholder')}
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
        id={listId}
        role="listbox"
        aria-label={t('search.matches')}
        className="search__list"
        hidden={!expanded || hits.length === 0}
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
      {expanded && hits.length === 0 && (
        <p className="search__none" role="status">
          {t('search.none', { query })}
        </p>
      )}
    </div>
  );
}
