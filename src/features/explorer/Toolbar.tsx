// View controls: focus, grouping, layout, fit and the table toggle.
import { useShallow } from 'zustand/react/shallow';
import { useGraph } from '../../canvas/GraphContext';
import type { FocusHops } from '../../domain/query';
import { useExplorer } from '../../store/StoreProvider';

export function Toolbar() {
  const graph = useGraph();
  const view = useExplorer(
    useShallow((state) => ({
      focusHops: state.focusHops,
      groupByAffiliation: state.groupByAffiliation,
      tableOpen: state.tableOpen,
      hasSelection: state.selection !== null,
      setFocusHops: state.setFocusHops,
      setGroupByAffiliation: state.setGroupByAffiliation,
      setTableOpen: state.setTableOpen,
    })),
  );
  return (
    <div className="toolbar" role="toolbar" aria-label="View">
      <label>
        Focus{' '}
        <select value={view.focusHops} onChange={(event) => view.setFocusHops(Number(event.target.value) as FocusHops)}>
          <option value={0}>whole graph</option>
          <option value={1}>selection and neighbours (1 hop)</option>
          <option value={2}>selection within 2 hops</option>
        </select>
      </label>
      {view.focusHops > 0 && !view.hasSelection && <span className="hint">Select an actor to focus on it.</span>}
      <label>
        <input
          type="checkbox"
          checked={view.groupByAffiliation}
          onChange={(event) => view.setGroupByAffiliation(event.target.checked)}
        />
        Group people by affiliation
      </label>
      <button type="button" disabled={graph === null} onClick={() => graph?.commands.relayout()}>
        Re-run layout
      </button>
      <button type="button" disabled={graph === null} onClick={() => graph?.commands.fit()}>
        Fit graph
      </button>
      <label>
        <input type="checkbox" checked={view.tableOpen} onChange={(event) => view.setTableOpen(event.target.checked)} />
        Show table
      </label>
    </div>
  );
}
