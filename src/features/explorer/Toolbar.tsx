// View controls: focus, grouping, layout and fit.
import { useShallow } from 'zustand/react/shallow';
import { useGraph } from '../../canvas/GraphContext';
import type { FocusHops } from '../../domain/query';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer } from '../../store/StoreProvider';
import { RelayoutMenu } from './RelayoutMenu';

export function Toolbar() {
  const { t } = useI18n();
  const graph = useGraph();
  const view = useExplorer(
    useShallow((state) => ({
      focusHops: state.focusHops,
      groupByAffiliation: state.groupByAffiliation,
      hasSelection: state.selection !== null,
      setFocusHops: state.setFocusHops,
      setGroupByAffiliation: state.setGroupByAffiliation,
      edgeLabels: state.edgeLabels,
      setEdgeLabels: state.setEdgeLabels,
    })),
  );
  return (
    <div className="toolbar" role="toolbar" aria-label={t('explorer.toolbar.label')}>
      <label>
        {t('explorer.toolbar.focus')}{' '}
        <select value={view.focusHops} onChange={(event) => view.setFocusHops(Number(event.target.value) as FocusHops)}>
          <option value={0}>{t('explorer.toolbar.focus.none')}</option>
          <option value={1}>{t('explorer.toolbar.focus.one')}</option>
          <option value={2}>{t('explorer.toolbar.focus.two')}</option>
        </select>
      </label>
      {view.focusHops > 0 && !view.hasSelection && <span className="hint">{t('explorer.toolbar.focusHint')}</span>}
      <label>
        <input
          type="checkbox"
          checked={view.groupByAffiliation}
          onChange={(event) => view.setGroupByAffiliation(event.target.checked)}
        />
        {t('explorer.toolbar.group')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={view.edgeLabels}
          onChange={(event) => view.setEdgeLabels(event.target.checked)}
        />
        {t('canvas.edgeLabels.toggle')}
      </label>
      <RelayoutMenu />
      <button type="button" disabled={graph === null} onClick={() => graph?.commands.fit()}>
        {t('explorer.toolbar.fit')}
      </button>
    </div>
  );
}
