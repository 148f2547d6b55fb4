// Details of one relation: what it is, when, and the evidence for it.
import type { CheckedDataset, Relation } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { relationSentence } from '../../i18n/datasetWords';
import { RelationItem } from './RelationItem';

export function RelationDetails({
  checked,
  relation,
  relationIndex,
}: {
  checked: CheckedDataset;
  relation: Relation;
  relationIndex: number;
}) {
  const i18n = useI18n();
  const type = checked.relationTypes.get(relation.type);
  return (
    <div className="details">
      <h2 className="details__title" dir="auto">
        {relationSentence(i18n, checked, relation)}
      </h2>
      {type && (
        <p className="details__kind">
          {i18n.t('details.relation.type', { label: type.label, description: type.description })}
        </p>
      )}
      <RelationItem checked={checked} relation={relation} relationIndex={relationIndex} />
    </div>
  );
}
