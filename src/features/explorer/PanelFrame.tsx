// The frame of one panel around the graph: a titled landmark with a close button, holding the panel's own content while shown.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PanelId } from '../../store/viewSlice';
import { Icon } from '../../ui/icons';
import { frameIdOf, PANEL_WORDS } from './PanelToggle';
import { takesEscape } from '../../ui/useDismiss';
import type { PanelControls } from './usePanelControls';

export function PanelFrame({
  panel,
  controls,
  className,
  children,
}: {
  panel: PanelId;
  controls: PanelControls;
  className: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const shown = controls.shown[panel];
  const titleId = `${frameIdOf(panel)}-title`;
  return (
    <aside
      ref={controls.frames[panel]}
      id={frameIdOf(panel)}
      className={`panel-frame ${className}`}
      aria-labelledby={titleId}
      // Focused (not tabbed to) when the user opens it, so a screen reader names it and Tab carries on inside.
      tabIndex={-1}
      hidden={!shown}
      onKeyDown={(event) => {
        // On a narrow screen a panel is a sheet that Escape puts away; beside the graph, Escape stays with the controls inside.
        if (controls.narrow && takesEscape(event)) controls.close(panel);
      }}
    >
      <header className="panel-frame__header">
        <span id={titleId} className="panel-frame__title">
          {t(PANEL_WORDS[panel].title)}
        </span>
        <button
          type="button"
          className="panel-frame__close icon-button"
          aria-label={t(PANEL_WORDS[panel].hide)}
          title={t(PANEL_WORDS[panel].hide)}
          onClick={() => controls.close(panel)}
        >
          <Icon name="close" />
        </button>
      </header>
      {shown && <div className="panel-frame__body">{children}</div>}
    </aside>
  );
}
