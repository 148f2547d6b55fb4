// The "stated by at least N documents" filter, with what the line widths on the graph mean.
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';

export function MinSourcesFilter() {
  const { t } = useI18n();
  const minSources = useExplorer((state) => state.filters.minSources);
  const setMinSources = useExplorer((state) => state.setMinSources);
  return (
    <fieldset className="filter-group">
      <legend>{t('sources.filter.legend')}</legend>
      <label className="min-sources">
        {t('sources.filter.minimum')}{' '}
        <input
          type="number"
          min={1}
          step={1}
          value={minSources}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (Number.isInteger(value) && value >= 1) setMinSources(value);
          }}
        />{' '}
        {t('sources.filter.unit', { count: minSources })}
      </label>
      <p className="hint">{t('sources.filter.hint')}</p>
    </fieldset>
  );
}
