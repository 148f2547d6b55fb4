// Actor search in the bar: choosing a match selects the actor and shows it in the graph.
import { useI18n } from '../../i18n/I18nProvider';
import { ActorCombobox } from '../../ui/ActorCombobox';
import { useShowInGraph } from '../../ui/useShowInGraph';

export function SearchBox() {
  const { t } = useI18n();
  const select = useShowInGraph();
  return (
    <ActorCombobox
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      matchesLabel={t('search.matches')}
      noMatch={(query) => t('search.none', { query })}
      onChoose={(hit) => {
        select({ kind: 'actor', id: hit.actorId });
        return hit.name;
      }}
    />
  );
}
