// The "as reported by" date written on the graph, so a screenshot says which date it shows.
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';

export function AsOfBadge() {
  const { t, partialDate } = useI18n();
  const asOf = useExplorer((state) => state.filters.asOf);
  if (asOf === null) return null;
  return (
    <p className="as-of-badge" data-testid="as-of-badge">
      {t('timeline.asOf.date', { date: partialDate(asOf) })}
    </p>
  );
}
