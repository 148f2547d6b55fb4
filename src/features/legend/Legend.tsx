// The legend: actor kinds and relation types drawn from the same palette table as the graph, with visible counts.
import { ACTOR_KIND_STYLES, relationStyle } from '../../graph/palette';
import { selectVisibleCounts, usedActorKinds, usedRelationTypes } from '../../store/selectors';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { EdgeSwatch, NodeSwatch } from './Swatches';

export function Legend() {
  const { t, number } = useI18n();
  const checked = useExplorer((state) => state.checked);
  const counts = useExplorer(selectVisibleCounts);
  if (checked === null) return null;
  const kinds = usedActorKinds(checked);
  return (
    <section className="panel legend" aria-label={t('legend.label')}>
      <h2>{t('legend.label')}</h2>
      <h3>{t('legend.actors')}</h3>
      <ul className="legend__list">
        {Object.entries(ACTOR_KIND_STYLES)
          .filter(([kind]) => kinds.has(kind))
          .map(([kind, style]) => (
            <li key={kind} data-kind={kind}>
              <NodeSwatch style={style} /> {style.label}
            </li>
          ))}
      </ul>
      <h3>{t('legend.relations')}</h3>
      <ul className="legend__list">
        {usedRelationTypes(checked).map(({ type }) => (
          <li key={type.id} data-type={type.id} title={type.description}>
            <EdgeSwatch style={relationStyle(type)} /> {type.label}
            {type.directed && <span className="visually-hidden"> {t('legend.directed')}</span>}{' '}
            <span className="count">{number(counts.get(type.id) ?? 0)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
