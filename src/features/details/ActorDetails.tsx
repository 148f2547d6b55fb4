// Details of one actor: who it is, and its visible relations grouped by type, each with its evidence.
import type { Actor, CheckedDataset, Relation } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { graphIndexOf, selectVisibility } from '../../store/selectors';
import { useExplorer } from '../../store/StoreProvider';
import { actorName, kindLabel, typeLabel } from '../../i18n/datasetWords';
import { ActorPicker } from '../paths/ActorPicker';
import { SpeakerClaims } from '../speakers/SpeakerClaims';
import { RelationItem } from './RelationItem';
import { useShowInGraph } from '../../ui/useShowInGraph';

export function ActorDetails({ checked, actor }: { checked: CheckedDataset; actor: Actor }) {
  const { t, rich } = useI18n();
  const select = useShowInGraph();
  const visibility = useExplorer(selectVisibility);
  const setPath = useExplorer((state) => state.setPath);
  const relationIndices = graphIndexOf(checked).relationsByActor.get(actor.id) ?? [];
  const groups = new Map<string, { relation: Relation; index: number }[]>();
  let hiddenCount = 0;
  for (const index of relationIndices) {
    const relation = checked.dataset.relations[index];
    if (!relation) continue;
    if (visibility && !visibility.relationIds.has(relation.id)) {
      hiddenCount++;
      continue;
    }
    groups.set(relation.type, [...(groups.get(relation.type) ?? []), { relation, index }]);
  }
  const orderedTypes = [...checked.relationTypes.keys()].filter((type) => groups.has(type));
  const shown = visibility?.actorIds.has(actor.id) ?? true;

  return (
    <div className="details">
      <h2 className="details__title" dir="auto">
        {actor.name}
      </h2>
      <p className="details__kind">{kindLabel(actor.kind)}</p>
      {!shown && <p className="details__note">{t('details.actor.hidden')}</p>}
      {actor.aliases && actor.aliases.length > 0 && (
        <p dir="auto">{t('details.actor.aliases', { aliases: actor.aliases.join(', ') })}</p>
      )}
      {actor.searchNames && actor.searchNames.length > 0 && (
        <p dir="auto" className="details__note">
          {t('details.actor.searchNames', { names: actor.searchNames.join(', ') })}
        </p>
      )}
      {actor.description && <p dir="auto">{actor.description}</p>}
      {actor.affiliation && (
        <p>
          {rich('details.actor.affiliation', {
            actor: (
              <button
                type="button"
                className="link-button"
                onClick={() => select({ kind: 'actor', id: actor.affiliation ?? '' })}
              >
                {actorName(checked, actor.affiliation)}
              </button>
            ),
          })}
        </p>
      )}
      <ActorPicker label={t('paths.connectTo')} exclude={actor.id} onPick={(to) => setPath({ from: actor.id, to })} />
      <h3>{t('details.actor.relations')}</h3>
      {orderedTypes.length === 0 && <p>{t('details.actor.noRelation')}</p>}
      {orderedTypes.map((type) => {
        const items = groups.get(type) ?? [];
        return (
          <section
            key={type}
            className="details__group"
            aria-label={t('common.labelWithCount', { label: typeLabel(checked, type), count: items.length })}
          >
            <h4>
              {typeLabel(checked, type)} <span className="count">{t('common.count', { count: items.length })}</span>
            </h4>
            {items.map(({ relation, index }) => (
              <RelationItem
                key={relation.id}
                checked={checked}
                relation={relation}
                relationIndex={index}
                currentActorId={actor.id}
                linkToRelation
              />
            ))}
          </section>
        );
      })}
      {hiddenCount > 0 && <p className="details__note">{t('details.actor.hiddenRelations', { count: hiddenCount })}</p>}
      <SpeakerClaims checked={checked} actor={actor} />
    </div>
  );
}
