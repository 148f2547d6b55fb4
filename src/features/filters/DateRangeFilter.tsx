// The date range filter: from/to partial ISO dates, applied to each relation's date or span.
import { useState } from 'react';
import { PARTIAL_DATE_PATTERN } from '../../domain/formatValues';
import { dateExtent } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { useI18n } from '../../i18n/I18nProvider';

const datePattern = new RegExp(PARTIAL_DATE_PATTERN);

function DateInput({
  label,
  value,
  placeholder,
  onCommit,
}: {
  label: string;
  value: string | null;
  placeholder: string;
  onCommit(value: string | null): void;
}) {
  const [text, setText] = useState(value ?? '');
  const [lastValue, setLastValue] = useState(value);
  // Follow the store when it changes elsewhere (reset, back/forward).
  if (value !== lastValue) {
    setLastValue(value);
    setText(value ?? '');
  }
  const valid = text === '' || datePattern.test(text);
  return (
    <label className="date-input">
      {label}{' '}
      <input
        type="text"
        inputMode="numeric"
        value={text}
        placeholder={placeholder}
        aria-invalid={!valid}
        aria-describedby="date-format-hint"
        onChange={(event) => {
          const next = event.target.value.trim();
          setText(event.target.value);
          if (next === '') onCommit(null);
          else if (datePattern.test(next)) onCommit(next);
        }}
      />
    </label>
  );
}

export function DateRangeFilter() {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const filters = useExplorer((state) => state.filters);
  const setFilter = useExplorer((state) => state.setFilter);
  if (checked === null) return null;
  const extent = dateExtent(checked);
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.dates.legend')}</legend>
      <DateInput
        label={t('filters.dates.from')}
        value={filters.dateFrom}
        placeholder={extent.low ?? t('common.datePlaceholder')}
        onCommit={(from) => setFilter('dateFrom', from)}
      />
      <DateInput
        label={t('filters.dates.to')}
        value={filters.dateTo}
        placeholder={extent.high ?? t('common.datePlaceholder')}
        onCommit={(to) => setFilter('dateTo', to)}
      />
      <p id="date-format-hint" className="hint">
        {/* The span is written as the inputs take it (ISO), not in the reader's locale. */}
        {extent.low
          ? t('filters.dates.formatAndSpan', { low: extent.low, high: extent.high })
          : t('filters.dates.format')}
      </p>
      <label>
        <input
          type="checkbox"
          checked={filters.hideUndated}
          onChange={(event) => setFilter('hideUndated', event.target.checked)}
        />
        {t('filters.dates.hideUndated')}
      </label>
    </fieldset>
  );
}
