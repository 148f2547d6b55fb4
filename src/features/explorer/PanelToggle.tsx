// A button in the explorer's bar that shows or hides one panel (filters and legend, details, the relations table).
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageId } from '../../i18n/en';
import type { PanelId } from '../../store/viewSlice';
import { Icon } from '../../ui/icons';
import { shortcutOf } from './panelLayout';
import type { PanelControls } from './usePanelControls';

/** The words of each panel: its toggle's label, the frame's title, and what the toggle does with its shortcut. */
export const PANEL_WORDS: Readonly<
  Record<PanelId, { toggle: MessageId; title: MessageId; hint: MessageId; hide: MessageId }>
> = {
  filters: {
    toggle: 'explorer.panel.filters',
    title: 'explorer.panel.filters.title',
    hint: 'explorer.panel.filters.hint',
    hide: 'explorer.panel.filters.hide',
  },
  details: {
    toggle: 'explorer.panel.details',
    title: 'explorer.panel.details.title',
    hint: 'explorer.panel.details.hint',
    hide: 'explorer.panel.details.hide',
  },
  table: {
    toggle: 'explorer.panel.table',
    title: 'explorer.panel.table.title',
    hint: 'explorer.panel.table.hint',
    hide: 'explorer.panel.table.hide',
  },
};

export const frameIdOf = (panel: PanelId) => `explorer-panel-${panel}`;

export function PanelToggle({ panel, controls }: { panel: PanelId; controls: PanelControls }) {
  const { t } = useI18n();
  const shortcut = shortcutOf(panel);
  return (
    <button
      ref={controls.toggles[panel]}
      type="button"
      className="panel-toggle"
      aria-expanded={controls.shown[panel]}
      aria-controls={frameIdOf(panel)}
      aria-keyshortcuts={shortcut}
      title={t(PANEL_WORDS[panel].hint, { shortcut })}
      onClick={() => controls.toggle(panel)}
    >
      <Icon name={panel} />
      <span className="panel-toggle__label">{t(PANEL_WORDS[panel].toggle)}</span>
    </button>
  );
}
