// One relation in the details panel: its ends (as buttons that select them), date, summary and evidence.
import { claimStatusesOf } from '../../domain/claims';
import type { CheckedDataset, Relation } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { evidenceShownAsOf } from '../../domain/query';
import { useExplorer } from '../../store/StoreProvider';
import { SupportLine } from '../sources/SupportLine';
import { EvidenceItem } from '../../ui/EvidenceItem';
import { actorName, relationDate, relationSentence, typeLabel } from '../../i18n/datasetWords';
import { useShowInGraph } from '../../ui/useShowInGraph';

interface Props {
  checked: CheckedDataset;
  relation: Relation;
  relationIndex: number;
  /** The actor whose panel this is: shown as text, not as a button. */
  currentActorId?: string;
  /** Show a button selecting the relation itself (in an actor's panel). */
  linkToRelation?: boolean;
}

export function RelationItem({ checked, relation, relationIndex, currentActorId, linkToRelation }: Props) {
  const i18n = useI18n();
  const select = useShowInGraph();
  const filters = useExplorer((state) => state.filters);
  const sentence = relationSentence(i18n, checked, relation);
  const actor = (actorId: string) =>
    actorId === currentActorId ? (
      <strong>{actorName(checked, actorId)}</strong>
    ) : (
      <button type="button" className="link-button" onClick={() => select({ kind: 'actor', id: actorId })}>
        {actorName(checked, actorId)}
      </button>
    );
  const date = relationDate(i18n, relation);
  const status = claimStatusesOf(checked)[relationIndex] ?? 'asserted';

  return (
    <article className="relation-item" aria-label={sentence}>
      <p className="relation-item__line">
        {actor(relation.source)} <span className="relation-item__type">{typeLabel(checked, relation.type)}</span>{' '}
        {actor(relation.target)}
        {date && <span className="relation-item__date"> · {date}</span>}
        {linkToRelation && (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              aria-label={i18n.t('relation.select', { sentence })}
              onClick={() => select({ kind: 'relation', id: relation.id })}
            >
              {i18n.t('details.relation.select')}
            </button>
          </>
        )}
      </p>
      <p className={`relation-item__claim claim claim--${status}`} data-status={status}>
        {i18n.rich('details.relation.claim', {
          status: i18n.t(`claims.status.${status}`),
          meaning: i18n.t(`claims.meaning.${status}`),
          badge: (chunks) => <strong className="claim__badge">{chunks}</strong>,
        })}
      </p>
      {relation.summary && (
        <p className="relation-item__summary" dir="auto">
          {relation.summary}
        </p>
      )}
      <SupportLine checked={checked} relationIndex={relationIndex} />
      {relation.evidence.map((evidence, evidenceIndex) =>
        // As reported by a date: only the evidence published by then.
        !evidenceShownAsOf(checked, filters, evidence.document) ? null : (
          <EvidenceItem
            key={evidenceIndex}
            checked={checked}
            evidence={evidence}
            relationIndex={relationIndex}
            evidenceIndex={evidenceIndex}
          />
        ),
      )}
    </article>
  );
}
