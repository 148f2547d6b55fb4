// Choose an actor by typing a name or alias: a combobox with a listbox of matches, as the search box has.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchActors } from '../../domain/query';
import { useI18n } from '../../i18n/I18nProvider';
import { searchIndexOf } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';

interface Props {
  label: string;
  /** An actor not offered (the other end of the path). */
  exclude?: string;
  onPick(actorId: string): void;
}

export function ActorPicker({ label, exclude, onPick }: Props) {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const hits = useMemo(
    () => (checked ? searchActors(searchIndexOf(checked), query, 8).filter((hit) => hit.actorId !== exclude) : []),
    [checked, query, exclude],
  );
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onPick(hit.actorId);
    setQuery('');
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
  return (
    <div className="search actor-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded && hits.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && hits[active] ? `${id}-option-${active}` : undefined}
        placeholder={t('paths.connectTo.placeholder')}
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
        id={`${id}-list`}
        role="listbox"
        aria-label={t('paths.matches')}
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
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              {hit.name}
            </li>
          ))}
      </ul>
      {expanded && hits.length === 0 && (
        <p className="search__none" role="status">
          {t('paths.none.match', { query })}
        </p>
      )}
    </div>
  );
}
