// The "stated by at least N documents" filter, with what the line widths on the graph mean.
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';

export function MinSourcesFilter() {
  const { t } = useI18n();
  const minSources = useExplorer((state) => state.filters.minSources);
  const setFilter = useExplorer((state) => state.setFilter);
  // The text as typed: a field being cleared to type another number is not a filter yet.
  const [text, setText] = useState(String(minSources));
  const [lastValue, setLastValue] = useState(minSources);
  if (minSources !== lastValue) {
    setLastValue(minSources);
    setText(String(minSources));
  }
  const valid = /^[1-9]\d*$/.test(text.trim());
  return (
    <fieldset className="filter-group">
      <legend>{t('sources.filter.legend')}</legend>
      <label className="min-sources">
        {t('sources.filter.minimum')}{' '}
        <input
          type="number"
          min={1}
          step={1}
          value={text}
          aria-invalid={!valid}
          onChange={(event) => {
            setText(event.target.value);
            if (/^[1-9]\d*$/.test(event.target.value.trim())) setFilter('minSources', Number(event.target.value));
          }}
        />{' '}
        {t('sources.filter.unit', { count: minSources })}
      </label>
      <p className="hint">{t('sources.filter.hint')}</p>
    </fieldset>
  );
}
