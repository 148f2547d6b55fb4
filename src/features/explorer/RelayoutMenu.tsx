// "Re-run layout": at once when no actor is pinned; otherwise it asks whether to keep the arranged actors in place or to
// start afresh (an undoable edit that unpins them all, then the layout).
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useGraph } from '../../canvas/GraphContext';
import { unpinEveryActor } from '../../curation/actorTransitions';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer, useExplorerStore } from '../../store/StoreProvider';
import { Popover } from '../../ui/Popover';
import { useFloatingPanel } from '../../ui/useFloatingPanel';

export function RelayoutMenu() {
  const { t } = useI18n();
  const graph = useGraph();
  const store = useExplorerStore();
  const checked = useExplorer((state) => state.checked);
  const pinned = useMemo(() => checked?.dataset.actors.filter((actor) => actor.position).length ?? 0, [checked]);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const floating = useFloatingPanel(open && pinned > 0);
  const { setAnchor } = floating;
  const setButton = useCallback(
    (element: HTMLButtonElement | null) => {
      button.current = element;
      setAnchor(element);
    },
    [setAnchor],
  );
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  const relayout = () => graph?.commands.relayout();
  const startAfresh = () => {
    const state = store.getState();
    if (state.checked) state.arrangeActors(unpinEveryActor(state.checked.dataset));
    relayout();
  };

  return (
    <div className="relayout-menu">
      <button
        ref={setButton}
        type="button"
        disabled={graph === null}
        aria-expanded={pinned > 0 ? open : undefined}
        aria-controls={pinned > 0 && open ? menuId : undefined}
        onClick={() => (pinned > 0 ? setOpen(!open) : relayout())}
      >
        {t('explorer.toolbar.relayout')}
      </button>
      {open && pinned > 0 && (
        <Popover
          id={menuId}
          label={t('explorer.toolbar.relayout')}
          floating={floating}
          anchor={button}
          onClose={close}
          className="relayout-menu__popover"
          focusFirstControl
        >
          <p className="hint">{t('explorer.relayout.pinned', { count: pinned })}</p>
          <button
            type="button"
            onClick={() => {
              close(true);
              relayout();
            }}
          >
            {t('explorer.relayout.keep', { count: pinned })}
          </button>
          <button
            type="button"
            onClick={() => {
              close(true);
              startAfresh();
            }}
          >
            {t('explorer.relayout.afresh')}
          </button>
        </Popover>
      )}
    </div>
  );
}
