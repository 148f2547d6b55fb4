// One row of the relations table; memoised so a selection change re-renders only the rows whose state changed.
import { memo, type Ref } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { relationDate } from '../../i18n/datasetWords';
import type { RelationRow } from './relationRows';

interface Props {
  row: RelationRow;
  isSelected: boolean;
  isRelated: boolean;
  selectedRef: Ref<HTMLTableRowElement> | undefined;
  onSelect(relationId: string): void;
}

export const RelationRowView = memo(function RelationRowView({
  row,
  isSelected,
  isRelated,
  selectedRef,
  onSelect,
}: Props) {
  const i18n = useI18n();
  return (
    <tr
      ref={selectedRef}
      className={isSelected ? 'is-selected' : isRelated ? 'is-related' : undefined}
      aria-current={isSelected ? 'true' : undefined}
      data-relation-id={row.relationId}
      onClick={() => onSelect(row.relationId)}
    >
      <td dir="auto">
        <button
          type="button"
          className="link-button"
          aria-label={i18n.t('relation.select', {
            sentence: i18n.t('relation.sentence', { source: row.source, type: row.type, target: row.target }),
          })}
          onClick={(event) => {
            event.stopPropagation();
            onSelect(row.relationId);
          }}
        >
          {row.source}
        </button>
      </td>
      <td dir="auto">{row.type}</td>
      <td dir="auto">{row.target}</td>
      <td className={`relation-table__status relation-table__status--${row.status}`}>
        {i18n.t(`claims.status.${row.status}`)}
      </td>
      <td>{relationDate(i18n, row.dates)}</td>
      <td className="relation-table__quote" dir="auto">
        {row.quote}
      </td>
      <td dir="auto">{row.outlet}</td>
      <td className={row.documents === 1 ? 'relation-table__documents is-single' : 'relation-table__documents'}>
        {i18n.number(row.documents)}
      </td>
    </tr>
  );
});
