// The filters: claim statuses, relation types, actor kinds, documents, dates, and hiding actors left without a relation.
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_HIDDEN_STATUSES } from '../../domain/claims';
import { filtersActive } from '../../filters/filterTable';
import {
  filterOptions,
  selectFilterCounts,
  selectStatusCounts,
  selectVisibleCounts,
  statusOptions,
} from '../../store/selectors';
import type { DatasetFilterList } from '../../domain/query';
import { useExplorer } from '../../store/StoreProvider';
import type { MessageId } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nProvider';
import { MinSourcesFilter } from '../sources/MinSourcesFilter';
import { SpeakerFilter } from '../speakers/SpeakerFilter';
import { DateRangeFilter } from './DateRangeFilter';
import { FilterChecklist } from './FilterChecklist';

const LISTS: readonly { list: DatasetFilterList; title: MessageId; showAll: MessageId; hideAll: MessageId }[] = [
  {
    list: 'hiddenTypes',
    title: 'filters.types.title',
    showAll: 'filters.types.showAll',
    hideAll: 'filters.types.hideAll',
  },
  {
    list: 'hiddenKinds',
    title: 'filters.kinds.title',
    showAll: 'filters.kinds.showAll',
    hideAll: 'filters.kinds.hideAll',
  },
  {
    list: 'hiddenDocuments',
    title: 'filters.documents.title',
    showAll: 'filters.documents.showAll',
    hideAll: 'filters.documents.hideAll',
  },
];

export function FiltersPanel() {
  const { t } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const filters = useExplorer((state) => state.filters);
  const typeCounts = useExplorer(selectVisibleCounts);
  const counts = useExplorer(useShallow(selectFilterCounts));
  const statusCounts = useExplorer(selectStatusCounts);
  const actions = useExplorer(
    useShallow((state) => ({
      setFilter: state.setFilter,
      resetFilters: state.resetFilters,
    })),
  );
  if (checked === null) return null;

  const { options, ids } = filterOptions(checked);
  const statuses = statusOptions(checked);
  const hiddenByDefault = statuses.ids.filter(
    (status) => DEFAULT_HIDDEN_STATUSES.includes(status) && filters.hiddenStatuses.includes(status),
  );
  const visible: Record<DatasetFilterList, ReadonlyMap<string, number>> = {
    hiddenTypes: typeCounts,
    hiddenKinds: counts.kinds,
    hiddenDocuments: counts.documents,
  };
  return (
    <section className="panel filters-panel" aria-label={t('filters.label')}>
      <h2>{t('filters.label')}</h2>
      <FilterChecklist
        title={t('filters.statuses.title')}
        showAllLabel={t('filters.statuses.showAll')}
        hideAllLabel={t('filters.statuses.hideAll')}
        list="hiddenStatuses"
        ids={statuses.ids}
        items={statuses.options.map(({ id, total }) => ({
          id,
          label: t(`claims.status.${id}`),
          hint: t(`claims.meaning.${id}`),
          count: statusCounts.get(id) ?? 0,
          total,
        }))}
        hidden={filters.hiddenStatuses}
        note={
          hiddenByDefault.length > 0
            ? t('filters.statuses.hiddenByDefault', {
                statuses: hiddenByDefault.map((status) => t(`claims.status.${status}`)).join(', '),
              })
            : undefined
        }
      />
      {LISTS.map(({ list, title, showAll, hideAll }) => (
        <FilterChecklist
          key={list}
          title={t(title)}
          showAllLabel={t(showAll)}
          hideAllLabel={t(hideAll)}
          list={list}
          ids={ids[list]}
          items={options[list].map((option) => ({ ...option, count: visible[list].get(option.id) ?? 0 }))}
          hidden={filters[list]}
        />
      ))}
      <DateRangeFilter />
      <SpeakerFilter />
      <MinSourcesFilter />
      <fieldset className="filter-group">
        <legend>{t('filters.actors.legend')}</legend>
        <label>
          <input
            type="checkbox"
            checked={filters.hideIsolated}
            onChange={(event) => actions.setFilter('hideIsolated', event.target.checked)}
          />
          {t('filters.actors.hideIsolated')}
        </label>
      </fieldset>
      <button type="button" onClick={actions.resetFilters} disabled={!filtersActive(filters)}>
        {t('filters.reset')}
      </button>
    </section>
  );
}
