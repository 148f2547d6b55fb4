// Details of one relation: what it is, when, and the evidence for it.
import type { CheckedDataset, Relation } from '../../domain/model';
import { relationSentence } from '../../ui/labels';
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
  const type = checked.relationTypes.get(relation.type);
  return (
    <div className="details">
      <h2 className="details__title">{relationSentence(checked, relation)}</h2>
      {type && (
        <p className="details__kind">
          {type.label}: {type.description}
        </p>
      )}
      <RelationItem checked={checked} relation={relation} relationIndex={relationIndex} />
    </div>
  );
}
