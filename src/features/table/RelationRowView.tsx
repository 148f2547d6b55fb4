// One row of the relations table; memoised so a selection change re-renders only the rows whose state changed.
import { memo, type Ref } from 'react';
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
  return (
    <tr
      ref={selectedRef}
      className={isSelected ? 'is-selected' : isRelated ? 'is-related' : undefined}
      aria-current={isSelected ? 'true' : undefined}
      data-relation-id={row.relationId}
      onClick={() => onSelect(row.relationId)}
    >
      <td>
        <button
          type="button"
          className="link-button"
          aria-label={`Select relation: ${row.source} ${row.type} ${row.target}`}
          onClick={(event) => {
            event.stopPropagation();
            onSelect(row.relationId);
          }}
        >
          {row.source}
        </button>
      </td>
      <td>{row.type}</td>
      <td>{row.target}</td>
      <td>{row.date}</td>
      <td className="relation-table__quote">{row.quote}</td>
      <td>{row.outlet}</td>
    </tr>
  );
});
