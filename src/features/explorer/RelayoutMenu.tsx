// "Re-run layout": at once when no actor is pinned; otherwise it asks whether to keep the arranged actors in place or to
// start afresh (an undoable edit that unpins them all, then the layout).
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useGraph } from '../../canvas/GraphContext';
import { unpinEveryActor } from '../../curation/actorTransitions';
import { useI18n } from '../../i18n/I18nProvider';
import { useExplorer, useExplorerStore } from '../../store/StoreProvider';
import { takesEscape, useDismiss } from './useDismiss';

export function RelayoutMenu() {
  const { t } = useI18n();
  const graph = useGraph();
  const store = useExplorerStore();
  const checked = useExplorer((state) => state.checked);
  const pinned = useMemo(() => checked?.dataset.actors.filter((actor) => actor.position).length ?? 0, [checked]);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);
  const inside = useMemo(() => [button, menu], []);
  const dismiss = useCallback(() => close(false), [close]);
  useDismiss(open, inside, dismiss);

  // The first choice takes the focus, so the keyboard goes on from where the user asked.
  useEffect(() => {
    if (open) menu.current?.querySelector('button')?.focus();
  }, [open]);

  const relayout = () => graph?.commands.relayout();
  const startAfresh = () => {
    const state = store.getState();
    if (state.checked) state.arrangeActors(unpinEveryActor(state.checked.dataset));
    relayout();
  };

  return (
    <div className="relayout-menu">
      <button
        ref={button}
        type="button"
        disabled={graph === null}
        aria-expanded={pinned > 0 ? open : undefined}
        aria-controls={pinned > 0 ? menuId : undefined}
        onClick={() => (pinned > 0 ? setOpen(!open) : relayout())}
      >
        {t('explorer.toolbar.relayout')}
      </button>
      {open && pinned > 0 && (
        <div
          ref={menu}
          id={menuId}
          className="popover relayout-menu__popover"
          role="group"
          aria-label={t('explorer.toolbar.relayout')}
          onKeyDown={(event) => {
            if (takesEscape(event)) close(true);
          }}
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
        </div>
      )}
    </div>
  );
}
