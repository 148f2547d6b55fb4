// An actor's claims: the evidence attributed to it, grouped by relation, with the quotes (those published by the
// "as reported by" date).
import { evidenceShownAsOf } from '../../domain/query';
import type { Actor, CheckedDataset } from '../../domain/model';
import { claimsBy } from '../../domain/speakers';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { relationSentence } from '../../i18n/datasetWords';
import { useShowInGraph } from '../../ui/useShowInGraph';
import { EvidenceItem } from '../../ui/EvidenceItem';

export function SpeakerClaims({ checked, actor }: { checked: CheckedDataset; actor: Actor }) {
  const i18n = useI18n();
  const { t } = i18n;
  const filters = useExplorer((state) => state.filters);
  const show = useShowInGraph();
  const claims = claimsBy(checked, actor.id);
  if (claims.length === 0) return null;
  let later = 0;
  const shown = claims.flatMap((claim) => {
    const relation = checked.dataset.relations[claim.relationIndex];
    if (!relation) return [];
    const evidenceIndices = claim.evidenceIndices.filter((index) => {
      const evidence = relation.evidence[index];
      const published = evidence !== undefined && evidenceShownAsOf(checked, filters, evidence.document);
      if (!published) later++;
      return published;
    });
    return evidenceIndices.length > 0 ? [{ relation, relationIndex: claim.relationIndex, evidenceIndices }] : [];
  });
  const count = shown.reduce((sum, claim) => sum + claim.evidenceIndices.length, 0);
  return (
    <section className="speaker-claims" aria-label={t('speakers.claims.title', { actor: actor.name })}>
      <h3>
        {t('speakers.claims.title', { actor: actor.name })}{' '}
        <span className="count">{t('speakers.claims.count', { count })}</span>
      </h3>
      {shown.length === 0 && <p>{t('speakers.claims.none', { actor: actor.name })}</p>}
      {shown.map(({ relation, relationIndex, evidenceIndices }) => {
        const sentence = relationSentence(i18n, checked, relation);
        return (
          <article key={relation.id} className="speaker-claims__relation" aria-label={sentence}>
            <p className="speaker-claims__sentence">
              <button type="button" className="link-button" onClick={() => show({ kind: 'relation', id: relation.id })}>
                {sentence}
              </button>
            </p>
            {evidenceIndices.map((evidenceIndex) => (
              <EvidenceItem
                key={evidenceIndex}
                checked={checked}
                evidence={relation.evidence[evidenceIndex] as (typeof relation.evidence)[number]}
                relationIndex={relationIndex}
                evidenceIndex={evidenceIndex}
              />
            ))}
          </article>
        );
      })}
      {later > 0 && <p className="details__note">{t('speakers.claims.later', { count: later })}</p>}
    </section>
  );
}
